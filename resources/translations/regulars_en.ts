<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="45" />
        <source>Adjust points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="97" />
        <source>Name, last digits of the phone, or card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="98" />
        <source>Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="58" />
        <source>Why: a purchase not scanned, a mistake…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="59" />
        <source>A positive number adds points, a negative one takes them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="65" />
        <source>Find the member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="67" />
        <source>Member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="68" />
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="70" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="71" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="126" />
        <source>Nobody found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="140" />
        <source>%1, balance %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="143" />
        <source>Find the member first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="161" />
        <source>Saved: %1 points. Balance: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/corrections.py" line="53" />
        <source>Adjust points…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Amounts</name>
    <message>
        <location filename="../../app/ui/amounts.py" line="82" />
        <source>at most %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/amounts.py" line="84" />
        <source>from %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/amounts.py" line="114" />
        <source>Large amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/amounts.py" line="115" />
        <source>Record %1? That is more than usual.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/amounts.py" line="117" />
        <source>&amp;Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/amounts.py" line="120" />
        <source>&amp;Correct the amount</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ApiHost</name>
    <message>
        <location filename="../../app/ui/api_host.py" line="92" />
        <source>The register API could not open port %1 (another program may use it). The till works on; choose another port in Manage → Registers.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="150" />
        <source>Audit trail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="154" />
        <source>action, e.g. refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="156" />
        <source>staff name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="157" />
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="158" />
        <source>When (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="158" />
        <source>Staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="158" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="159" />
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="159" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="159" />
        <source>Till</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="185" />
        <source>Export</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="57" />
        <source>Backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="91" />
        <source>A verified copy of the shop's server (pg_dump) is made every day; 7 daily, 4 weekly and 12 monthly copies are kept. Keep the folder on another drive (a USB stick, a network share) so a failed disk does not take both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="95" />
        <source>A verified copy is made at start and every day, and before every upgrade; 7 daily, 4 weekly and 12 monthly copies are kept. Keep the folder on another drive (a USB stick, a network share) so a failed disk does not take both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="83" />
        <source>Change folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="84" />
        <source>Folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="104" />
        <source>The daily copy is made by the till that does the shop's upkeep, into its own folder. A copy is restored into a new, empty database, never over the one the tills are using; then each till is pointed at it. To restore, run (FILE is the copy):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="117" />
        <source>Taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="117" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="117" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="128" />
        <source>Back up now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="129" />
        <source>Restore the selected backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="130" />
        <source>Restore from a file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="149" />
        <source>Scheduled or on demand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="150" />
        <source>Before an upgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="151" />
        <source>Data as it was before a restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="152" />
        <source>Damaged file kept before a restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="179" />
        <source>Where to keep backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="193" />
        <source>Backed up and verified: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="203" />
        <source>Restore from a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="205" />
        <source>Regulars backups (*.sqlite3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="212" />
        <source>Replace all current data with the backup of %1?

Members, purchases, the program, staff and PINs become what they were then; anything recorded since is set aside. A copy of the current data is kept first, so this can be undone. Everyone will have to sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="217" />
        <location filename="../../app/ui/backup_dialog.py" line="232" />
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="226" />
        <source>Restored from %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="228" />
        <source>The data as it was just before is kept as %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="233" />
        <source>Sign in again to continue.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CardDesignerDialog</name>
    <message>
        <location filename="../../app/ui/card_designer.py" line="41" />
        <source>Member cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="62" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="63" />
        <source>Print cards…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="64" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="77" />
        <source>e.g. Coffee and bakery since 2009</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="79" />
        <source>Rules on the back; leave empty for no back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="83" />
        <source>Choose logo…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="84" />
        <source>No logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="89" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="89" />
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="90" />
        <source>Card number under the barcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="91" />
        <source>Member since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="95" />
        <source>QR code of the card number too</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="102" />
        <source>Shop name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="103" />
        <location filename="../../app/ui/card_designer.py" line="199" />
        <source>Logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="104" />
        <source>Line under the shop name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="116" />
        <source>Colour: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="117" />
        <source>On the front</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="119" />
        <source>Back text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="120" />
        <source>Shop phone (back)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="121" />
        <source>Card language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="125" />
        <source>Ivan Petrov</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="130" />
        <source>Preview as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="138" />
        <source>True size on this screen: hold a card against it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="194" />
        <source>Tier colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="200" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="215" />
        <source>a logo is set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="215" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="260" />
        <source>Saved. New cards are printed with this design.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CardPrintDialog</name>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="62" />
        <source>Print member cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="74" />
        <source>The card of %1, number %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="81" />
        <source>A4 sheets: 10 cards with crop marks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="82" />
        <source>One card a page (card printer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="86" />
        <source>Paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="90" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="90" />
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="91" />
        <source>Which</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="91" />
        <source>Cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="96" />
        <source>Print runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="101" />
        <source>Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="102" />
        <source>Save as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="103" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="116" />
        <source>All members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="117" />
        <source>One tier:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="118" />
        <source>These cards (scan or type the numbers, one a line):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="127" />
        <source>Find a member by name or phone, Enter to add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="159" />
        <source>New cards, never printed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="171" />
        <source>new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="171" />
        <source>all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="171" />
        <source>chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="172" />
        <source>at the till</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="198" />
        <source>Nobody found.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/card_print_dialog.py" line="221" />
        <source>%n card(s) chosen.</source>
        <translation>
            <numerusform>%Ln card chosen.</numerusform><numerusform>%Ln cards chosen.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="231" />
        <source>Save cards as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="232" />
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="270" />
        <source>Printing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="274" />
        <source>Printing cards…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="274" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="287" />
        <source>%1 card(s) on %2 page(s). The print run is recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="295" />
        <source>Cancelled: nothing was recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="299" />
        <source>Printing failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CharityDialog</name>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="26" />
        <source>Charity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="33" />
        <source>Points members gave to good causes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="34" />
        <source>Cause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="34" />
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="34" />
        <source>Worth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="35" />
        <source>Donations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="35" />
        <source>Donors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="59" />
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/manager_dialogs.py" line="61" />
        <source>In total members gave %n point(s), worth %1.</source>
        <translation>
            <numerusform>In total members gave %Ln point, worth %1.</numerusform><numerusform>In total members gave %Ln points, worth %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>CompensationChoice</name>
    <message>
        <location filename="../../app/ui/compensation_choice.py" line="24" />
        <source>No compensation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/compensation_choice.py" line="24" />
        <source>Apology points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/compensation_choice.py" line="25" />
        <source>A gift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/compensation_choice.py" line="25" />
        <source>A discount on the next purchase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/compensation_choice.py" line="46" />
        <source>Compensation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/compensation_choice.py" line="61" />
        <source>Only a member can be compensated: open the member first to give points, a gift or a discount.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="80" />
        <source>Complaint — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="81" />
        <source>Complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="98" />
        <source>← &amp;Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="99" />
        <location filename="../../app/ui/complaint_dialog.py" line="256" />
        <source>&amp;Next →  (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="102" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="103" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="104" />
        <source>Press Esc again to throw this complaint away; nothing has been recorded yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="131" />
        <source>Listen without interrupting. Don't explain or defend yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="133" />
        <source>Let them say everything; nod, keep eye contact. When they have finished, press Enter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="138" />
        <source>Facts are what can be checked; feelings are how it was for them. Write them apart. (Shift+Enter: a new line.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="140" />
        <source>What happened: times, orders, amounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="141" />
        <source>How they feel about it, in their words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="144" />
        <source>Facts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="146" />
        <source>Their feelings and opinions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="150" />
        <source>I can see this really upset you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="151" />
        <source>In your place I'd be unhappy too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="152" />
        <source>I understand — you were counting on us and we let you down.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="153" />
        <source>Thank you for telling us; this matters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="156" />
        <source>Say one of these in your own voice, so they know they were heard:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="166" />
        <source>My own words:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="179" />
        <source>Read it back to them and let them correct you; fix the text if they do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="187" />
        <source>Agree what happens next. A compensation is a gift: you will get the words to say it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="189" />
        <source>What we will do about it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="205" />
        <source>The complaint is recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="206" />
        <source>Say it out loud:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="209" />
        <source>Thank them for telling you, and do what you promised. The manager follows it up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="242" />
        <source>Let them finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="242" />
        <source>Facts apart from feelings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="243" />
        <source>Reflect the feeling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="243" />
        <source>Summarise back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="244" />
        <source>Solve it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="244" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="246" />
        <source>Step %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="255" />
        <source>Record the complaint (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="273" />
        <source>Let me check I understood: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="355" />
        <source>Next time you get %1% off — our apology.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="363" />
        <source>Said it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ComplaintsDialog</name>
    <message>
        <location filename="../../app/ui/care_reports.py" line="208" />
        <source>Complaints</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="218" />
        <source>Open complaints</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="219" />
        <source>Closed complaints</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="220" />
        <source>All complaints</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="225" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="225" />
        <location filename="../../app/ui/care_reports.py" line="331" />
        <source>Member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="225" />
        <location filename="../../app/ui/care_reports.py" line="333" />
        <source>What happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="226" />
        <location filename="../../app/ui/care_reports.py" line="336" />
        <source>Compensation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="226" />
        <location filename="../../app/ui/care_reports.py" line="332" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="226" />
        <location filename="../../app/ui/care_reports.py" line="332" />
        <source>Cashier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="244" />
        <location filename="../../app/ui/care_reports.py" line="325" />
        <source>Follow up and close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="247" />
        <source>What was done: called back, refunded, how they took it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="251" />
        <location filename="../../app/ui/care_reports.py" line="327" />
        <source>Close the complaint</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/care_reports.py" line="274" />
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%Ln complaint</numerusform><numerusform>%Ln complaints</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="300" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="300" />
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/care_reports.py" line="304" />
        <source>%n apology point(s)</source>
        <translation>
            <numerusform>%Ln apology point</numerusform><numerusform>%Ln apology points</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="306" />
        <source>%1% off the next purchase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="308" />
        <source>A gift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="321" />
        <source>Nothing to show.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="324" />
        <source>Add a follow-up note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="326" />
        <source>Add the note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="331" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="333" />
        <source>Their feelings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="334" />
        <source>Reflected with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="334" />
        <source>Summary said back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="335" />
        <source>Solution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="337" />
        <source>Words said</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="337" />
        <source>Follow-up</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CountryFields</name>
    <message>
        <location filename="../../app/ui/shop_fields.py" line="45" />
        <source>Russia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shop_fields.py" line="46" />
        <source>Latvia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shop_fields.py" line="47" />
        <source>Other country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shop_fields.py" line="50" />
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shop_fields.py" line="51" />
        <source>Phone region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shop_fields.py" line="52" />
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CountryPage</name>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="106" />
        <source>The shop's country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="107" />
        <source>Phone numbers typed without a country code are read as this country's; amounts are kept in the currency. The owner can change both later (Manage → Shop settings…).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <location filename="../../app/ui/customer_display.py" line="48" />
        <source>Regulars — for the customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="104" />
        <source>Welcome!</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DonateDialog</name>
    <message>
        <location filename="../../app/ui/donate_dialog.py" line="37" />
        <source>Donate points — %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/donate_dialog.py" line="52" />
        <source>at most %n point(s)</source>
        <translation>
            <numerusform>at most %Ln point</numerusform><numerusform>at most %Ln points</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/donate_dialog.py" line="59" />
        <source>Cause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/donate_dialog.py" line="61" />
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/donate_dialog.py" line="66" />
        <source>Donate (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/donate_dialog.py" line="68" />
        <source>Balance: %n point(s)</source>
        <translation>
            <numerusform>Balance: %Ln point</numerusform><numerusform>Balance: %Ln points</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/donate_dialog.py" line="90" />
        <source>No points were given: check who the customer is first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DrawDialog</name>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="52" />
        <source>Prize draw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="70" />
        <source>e.g. Hoarders' draw 2026</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="72" />
        <source>Points held now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="73" />
        <source>Qualifying points earned in a period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="76" />
        <source>One prize per line; the first line is the first prize</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="80" />
        <source>Empty: a random seed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="88" />
        <source>Who takes part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="88" />
        <source>Draw name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="89" />
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="90" />
        <source>At least (points)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="91" />
        <source>Prizes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="91" />
        <source>Seed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="96" />
        <source>Run the draw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="98" />
        <location filename="../../app/ui/draw_dialog.py" line="104" />
        <source>New draw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="128" />
        <source>Fill in the draw and run it: the winners appear here, with the seed that lets anyone re-run it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="134" />
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="134" />
        <source>Card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="134" />
        <source>Prize</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="134" />
        <source>Member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="138" />
        <source>Verify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="152" />
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="159" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="159" />
        <source>Took part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="159" />
        <source>Draw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="160" />
        <source>Winners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="161" />
        <source>Earlier draws</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="199" />
        <source>A seed is a whole number from 0 to %1, or leave it empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="241" />
        <source>%1 — drawn on %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/draw_dialog.py" line="243" />
        <source>%n member(s) took part.</source>
        <translation>
            <numerusform>%Ln member took part.</numerusform><numerusform>%Ln members took part.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="244" />
        <source>Seed %1 — anyone can re-run this draw with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="246" />
        <source>List digest: %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="265" />
        <source>Re-run matches: the same members took part and the same winners were drawn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="267" />
        <source>Re-run does not match: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="56" />
        <source>New member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="56" />
        <source>Edit member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="75" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="78" />
        <source>First name *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="78" />
        <source>Patronymic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="79" />
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="79" />
        <source>Phone *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="80" />
        <source>Birthday (dd.mm.yyyy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="80" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="81" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="92" />
        <source>Agrees to processing of personal data (required)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="93" />
        <source>SMS offers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="94" />
        <source>E-mail offers</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/enrol_dialog.py" line="97" />
        <source>Welcome gift: %n point(s) on the new card</source>
        <translation>
            <numerusform>Welcome gift: %Ln point on the new card</numerusform><numerusform>Welcome gift: %Ln points on the new card</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="104" />
        <source>Enrol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="124" />
        <source>The till's language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="128" />
        <source>Speak to them in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="139" />
        <source>Referred by (phone or card)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="156" />
        <source>the new member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="157" />
        <source>Both of you get points when %1 makes a first purchase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="163" />
        <source>Referred by %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="190" />
        <source>Open this member</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="46" />
        <location filename="../../app/ui/export_dialog.py" line="139" />
        <source>Export data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="55" />
        <source>All members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="55" />
        <source>All purchases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="56" />
        <source>Points ledger (every change of points)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="59" />
        <source>CSV (spreadsheets, UTF-8)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="60" />
        <source>Excel workbook (XLSX)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="61" />
        <source>JSON (for other programs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="64" />
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="69" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="70" />
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="71" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="72" />
        <source>Every row is exported, in the till's local time. The file holds customers' personal data and staff notes: keep it safe. Erased members appear without their personal data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="80" />
        <source>Export (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="83" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="115" />
        <source>Export to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="129" />
        <source>Choose a file to write to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="137" />
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="153" />
        <source>Exporting: %1 of %2 rows…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="138" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="158" />
        <source>Export cancelled: no file was written.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/export_dialog.py" line="160" />
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln row to %1.</numerusform><numerusform>Exported %Ln rows to %1.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="167" />
        <source>The export failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="213" />
        <source>Regulars — first start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="214" />
        <source>&lt; Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="215" />
        <source>Next &gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="216" />
        <source>Start the till</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="217" />
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="221" />
        <source>The shop's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="222" />
        <source>Shown on the member cards, the slips and the customer's screen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="223" />
        <source>Shop name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="226" />
        <location filename="../../app/ui/first_start_wizard.py" line="230" />
        <source>This till's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="227" />
        <source>Each computer at the counter is a till of the shop. Its name is shown in reports by till, in the audit and on the customer's screen.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GiftDialog</name>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="163" />
        <source>Gift for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="177" />
        <source>A gift given silently earns no thanks. Record it, then say it out loud.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="183" />
        <source>Give (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="186" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="201" />
        <source>Say it out loud:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="210" />
        <source>Said it</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/gift_dialog.py" line="260" />
        <source>Balance now: %n point(s)</source>
        <translation>
            <numerusform>Balance now: %Ln point</numerusform><numerusform>Balance now: %Ln points</numerusform></translation>
    </message>
</context>
<context>
    <name>GiftFields</name>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="82" />
        <source>e.g. a large cappuccino instead of a medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="95" />
        <source>Choose why…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="112" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="113" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="114" />
        <source>Value to the shop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="116" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="118" />
        <source>Points as well</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Gifts</name>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="52" />
        <source>Size or class upgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="53" />
        <source>Extra item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="54" />
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="55" />
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="60" />
        <source>Out of stock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="61" />
        <source>Waited too long</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="62" />
        <source>Complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="63" />
        <source>Birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="64" />
        <source>Tier perk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="65" />
        <source>Just because</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GiftsReportDialog</name>
    <message>
        <location filename="../../app/ui/care_reports.py" line="86" />
        <source>Gifts given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="99" />
        <source>Show (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="102" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="104" />
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="112" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="112" />
        <location filename="../../app/ui/care_reports.py" line="113" />
        <source>Gifts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="112" />
        <location filename="../../app/ui/care_reports.py" line="113" />
        <source>Cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="113" />
        <source>Cashier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="115" />
        <source>By reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="116" />
        <source>By cashier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="118" />
        <source>“Others”: members who bought in the same period and got no gift, counted from their first purchase in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="145" />
        <source>%1%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="150" />
        <source>The period ends before it starts.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/care_reports.py" line="161" />
        <source>%n gift(s)</source>
        <translation>
            <numerusform>%Ln gift</numerusform><numerusform>%Ln gifts</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="162" />
        <source>cost %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/care_reports.py" line="163" />
        <source>%n point(s) given</source>
        <translation>
            <numerusform>%Ln point given</numerusform><numerusform>%Ln points given</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="164" />
        <source>Said out loud: %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="174" />
        <source>Came back within %1 days: too early to tell.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="176" />
        <source>Came back within %1 days: %2 of gifted members (too early to tell for the others)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="179" />
        <source>Came back within %1 days: %3 of members without a gift (too early to tell for the gifted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="182" />
        <source>Came back within %1 days: %2 of gifted members vs %3 of others</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="192" />
        <source>Total</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HealthDialog</name>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="75" />
        <source>Program health</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="83" />
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="83" />
        <source>Threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="83" />
        <source>Members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="84" />
        <source>Share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="84" />
        <source>Reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="85" />
        <source>Took them (median)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="85" />
        <source>Median member needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="88" />
        <source>“Took them”: among members who reached the tier, the median time from enrolment. “Median member needs”: at the earning pace of the median member enrolled for a month or more.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/manager_dialogs.py" line="106" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform><numerusform>%Ln days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/manager_dialogs.py" line="108" />
        <source>%n month(s)</source>
        <translation>
            <numerusform>%Ln month</numerusform><numerusform>%Ln months</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/manager_dialogs.py" line="111" />
        <source>%n year(s)</source>
        <translation>
            <numerusform>%Ln year</numerusform><numerusform>%Ln years</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="112" />
        <source>%1 years</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/manager_dialogs.py" line="118" />
        <source>%n member(s).</source>
        <translation>
            <numerusform>%Ln member.</numerusform><numerusform>%Ln members.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="119" />
        <source>The median member earns about %1 qualifying points a month.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="127" />
        <source>from the start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="137" />
        <source>The top tier is out of reach: the median member would need %1. Aim for two to three.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="140" />
        <source>The top tier is too easy: the median member reaches it in %1, under six months. Aim for two to three years.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="143" />
        <source>The first step takes more than three months: newcomers need a first win within weeks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="145" />
        <source>The median member needs %1 to reach %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="148" />
        <source>Not enough data yet: the pace is measured on members enrolled for a month or more who have earned points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="165" />
        <source>The ladder looks well tuned: the median member reaches %1 in %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="76" />
        <source>Import members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="100" />
        <source>Choose file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="101" />
        <source>A CSV or XLSX file exported from the old system.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="51" />
        <source>First rows of the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="110" />
        <source>Which column is which</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="129" />
        <source>How</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="131" />
        <source>Skip them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="132" />
        <source>Merge: fill empty fields, add the points once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="134" />
        <source>All or nothing: one bad row stops the import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="135" />
        <source>Valid rows only: leave the rejected rows out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="138" />
        <source>Already a member (same phone or card):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="140" />
        <source>Rows with problems:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="150" />
        <source>Check (dry run)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="152" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="153" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="195" />
        <location filename="../../app/ui/import_report.py" line="45" />
        <source>Check the file first: nothing is saved until you import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_report.py" line="51" />
        <source>Row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_report.py" line="52" />
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_report.py" line="53" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="52" />
        <location filename="../../app/ui/import_report.py" line="54" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="47" />
        <source>Full name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="48" />
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="49" />
        <source>Patronymic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="50" />
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="51" />
        <source>Mobile phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="53" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="54" />
        <source>Card number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="55" />
        <source>Points balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="56" />
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="57" />
        <source>Enrolment date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="58" />
        <source>Birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="59" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="60" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="61" />
        <source>Consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="29" />
        <source>Windows-1251 (Cyrillic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="30" />
        <source>Windows-1252 (Western European)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="31" />
        <source>KOI8-R (Cyrillic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="32" />
        <source>CP866 (DOS Cyrillic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="33" />
        <source>Windows-1250 (Central European)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="34" />
        <source>Windows-1257 (Baltic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="68" />
        <source>Encoding:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_report.py" line="55" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_report.py" line="44" />
        <source>Dry run report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="176" />
        <source>Choose the export file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="177" />
        <source>Tables (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="189" />
        <source>%1 (%2): %n row(s)</source>
        <translation>
            <numerusform>%1 (%2): %Ln row</numerusform><numerusform>%1 (%2): %Ln rows</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="90" />
        <source>An Excel file carries its own encoding.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="93" />
        <source>Read as you chose.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="96" />
        <source>Detected. If the names look wrong, choose another encoding.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="209" />
        <source>— not in the file —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="268" />
        <source>Checking the rows…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="268" />
        <source>Importing members…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="269" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="306" />
        <source>The import failed and nothing was saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="315" />
        <source>All or nothing would refuse: choose 'valid rows only' or fix the file.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="320" />
        <source>Nothing was imported: %n row(s) rejected.</source>
        <translation>
            <numerusform>Nothing was imported: %Ln row rejected.</numerusform><numerusform>Nothing was imported: %Ln rows rejected.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="325" />
        <source>Done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_report.py" line="29" />
        <source>Would import %1, merge %2, skip %3, reject %4; opening points %5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_report.py" line="32" />
        <source>Imported %1, merged %2, skipped %3, rejected %4; opening points %5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_report.py" line="73" />
        <source>import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_report.py" line="74" />
        <source>merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_report.py" line="75" />
        <source>skip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_report.py" line="76" />
        <source>reject</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="91" />
        <source>Welcome to Regulars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="92" />
        <source>Choose the language of this till (↑/↓, then Enter).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="38" />
        <source>Create the owner's account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="39" />
        <source>Who is at the till?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="47" />
        <source>Regulars is used behind a PIN. The first account is the owner's: it sets up the program, the staff and backups.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="50" />
        <source>Choose your name (type its first letters, or ↑/↓), then type your PIN and press Enter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="87" />
        <source>Your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="89" />
        <source>4 to 8 digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="90" />
        <source>PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="93" />
        <source>PIN again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="66" />
        <source>Create and sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="66" />
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="164" />
        <source>The two PINs differ.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../app/ui/main.py" line="63" />
        <source>Something went wrong. Nothing half-done was saved. Details are in the log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="189" />
        <source>Slip printer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="191" />
        <source>Registers…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="198" />
        <source>Manage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="157" />
        <source>Reports…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="140" />
        <source>Sales set aside…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="159" />
        <source>Loyalty program…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="161" />
        <source>Prize draw…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="162" />
        <source>Charity totals…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="164" />
        <source>Program health…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="166" />
        <source>Refund a purchase…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="168" />
        <source>Adjust points…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="170" />
        <source>Gifts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="172" />
        <source>Complaints…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="174" />
        <source>Member cards: design…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="176" />
        <source>Print member cards…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="178" />
        <source>Staff…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="180" />
        <source>Audit trail…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="182" />
        <source>Backups…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="183" />
        <source>Shop settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="185" />
        <source>Import members…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="187" />
        <source>Export data…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ManagerPinDialog</name>
    <message>
        <location filename="../../app/ui/manager_pin.py" line="38" />
        <source>A manager's PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_pin.py" line="57" />
        <source>Manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_pin.py" line="58" />
        <source>PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_pin.py" line="61" />
        <source>Allow (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_pin.py" line="62" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <location filename="../../app/ui/member_panel.py" line="85" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="85" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="85" />
        <source>Earned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="85" />
        <source>Redeemed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="95" />
        <source>Last visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="139" />
        <source>Find a member: type a name or the last digits of the phone, or scan the card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="151" />
        <source>Today: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="164" />
        <source>Perks: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/member_panel.py" line="168" />
        <source>%n point(s)</source>
        <translation>
            <numerusform>%Ln point</numerusform><numerusform>%Ln points</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/member_panel.py" line="172" />
        <source>%n point(s) to %1</source>
        <translation>
            <numerusform>%Ln point to %1</numerusform><numerusform>%Ln points to %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="175" />
        <source>Top tier reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="256" />
        <source>(%1 refunded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="153" />
        <source>Notes: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/member_panel.py" line="145" />
        <source>of which %n point(s) pending until the shop's server has the sales</source>
        <translation>
            <numerusform>of which %Ln point pending until the shop's server has the sales</numerusform><numerusform>of which %Ln points pending until the shop's server has the sales</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/member_panel.py" line="179" />
        <source>Keep %1: %n point(s) by %2</source>
        <translation>
            <numerusform>Keep %1: %Ln point by %2</numerusform><numerusform>Keep %1: %Ln points by %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/member_panel.py" line="185" />
        <source>%n point(s) expire on %1</source>
        <translation>
            <numerusform>%Ln point expires on %1</numerusform><numerusform>%Ln points expire on %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="190" />
        <source>card %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/member_panel.py" line="191" />
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%Ln visit</numerusform><numerusform>%Ln visits</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="193" />
        <source>friend of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="200" />
        <source>d MMM yyyy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="200" />
        <source>d MMM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="223" />
        <source>%1: %2 of %3 — %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="238" />
        <source>Give: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="253" />
        <source>(refunded)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/ui/messages.py" line="15" />
        <source>The amount cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="16" />
        <source>Enter the amount as a number, e.g. 1250.50.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="17" />
        <source>The amount must be more than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="18" />
        <source>A card number is 13 digits starting with 2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="19" />
        <source>This card number has a wrong check digit; scan it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="20" />
        <source>This card belongs to another member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="21" />
        <source>Enter a phone number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="22" />
        <source>This does not look like a phone number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="23" />
        <source>This phone is already enrolled: {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="24" />
        <source>Enter the first name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="25" />
        <source>This e-mail address looks wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="26" />
        <source>Choose Russian, English or Latvian, or leave it empty for the till's language.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="27" />
        <source>The birthday is in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="28" />
        <source>Consent to processing personal data is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="29" />
        <source>Points to redeem cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="30" />
        <source>Only {available} points are available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="31" />
        <source>Points cannot pay more than the purchase (at most {available}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="33" />
        <source>The amount is too large: at most 99,999,999.99.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="34" />
        <source>Enter whole points, e.g. 150.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="35" />
        <source>At most 10,000,000 points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="37" />
        <source>Enter a whole number, e.g. 150.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="38" />
        <source>At most {most}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="39" />
        <source>At least {least}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="40" />
        <source>A receipt number has at most 40 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="41" />
        <source>At most 999 items in one line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="42" />
        <source>Enter an amount from 0.01 to 99,999,999.99.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="43" />
        <source>No member with this card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="44" />
        <source>The shop's server is not restored over itself while tills are connected to it: restore into a new, empty database ({command}) and point the tills at it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="45" />
        <source>The backup could not be written: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="46" />
        <source>This file cannot be restored: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="47" />
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="48" />
        <source>The database cannot be written (it is read-only): nothing was saved. Ask the owner to check the file or drive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="49" />
        <source>The database file is damaged: nothing was saved. Ask the owner to restore the latest backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="50" />
        <source>The database is busy with another till: nothing was saved. Try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="51" />
        <source>The shop's server does not answer; nothing was saved. Retrying…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="52" />
        <source>The database could not be read or written (a disk or network error): nothing was saved. Try again; if it repeats, call the owner.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="53" />
        <source>No such purchase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="55" />
        <source>The slip was not printed (the sale is recorded): {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="56" />
        <source>No slip printer is set up: Manage → Slip printer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="57" />
        <source>Choose a printer and a paper width.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="58" />
        <source>Choose a code page from the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="59" />
        <source>Choose where to print: a device, a file or a folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="60" />
        <source>Enter the printer's address, e.g. 192.168.1.50, and port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="61" />
        <source>Enter the USB vendor and product ids in hex, e.g. 0416 and 5011.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="62" />
        <source>The period must start on or before its end.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="63" />
        <source>Give the draw a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="64" />
        <source>List at least one prize, one per line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="65" />
        <source>Set the points a member needs, at least 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="66" />
        <source>Choose a period that ends after it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="67" />
        <source>Nobody meets these conditions: lower the points or widen the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="68" />
        <source>No such draw.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="70" />
        <source>Give the register a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="71" />
        <source>A register's name has at most 60 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="72" />
        <source>A register named {name} already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="73" />
        <source>There is no register named {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="74" />
        <source>Each threshold must be higher than the one before.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="75" />
        <source>The earn rate is a percent from 0 to 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="76" />
        <source>This cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="77" />
        <source>The first tier starts at 0 qualifying points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="78" />
        <source>A campaign only ever adds points: a factor above 100 %, an extra above 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="79" />
        <source>The campaign threshold must be lower than the tier's own and higher than the tier below's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="80" />
        <location filename="../../app/ui/messages.py" line="97" />
        <source>There is no such category.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="81" />
        <source>The campaign ends before it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="82" />
        <source>Use lower-case letters, digits and _ for a key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="83" />
        <source>Give the name in Russian and in English.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="84" />
        <source>A colour looks like #3d7ebf.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="85" />
        <source>A set has from 2 to 50 stamps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="86" />
        <source>Say what the full set gives.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="87" />
        <source>Choose one of the options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="88" />
        <source>From 1 to 120 months.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="89" />
        <source>Points must last from 30 days to 10 years (3650 days).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="90" />
        <source>Two entries have the same key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="91" />
        <source>The program needs at least one tier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="92" />
        <source>Enter a whole number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="93" />
        <source>Enter the date as YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="94" />
        <source>There is no such tier; a lowered threshold needs a tier above the first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="95" />
        <source>A point must be worth something.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="96" />
        <source>The parts add up to more than the purchase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="98" />
        <source>Already rewarded today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="99" />
        <source>The program gives no points for this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="100" />
        <source>There is no such action.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="101" />
        <source>Choose a cause.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="102" />
        <source>Donate at least one point.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="103" />
        <source>No such reward.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="104" />
        <source>Nobody found with this phone or card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="105" />
        <source>Enter the date as dd.mm.yyyy, e.g. 07.03.1985.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="106" />
        <source>There is no such day: {text}. Check the day and the month.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="107" />
        <source>Say what the gift is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="108" />
        <source>No such gift.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="109" />
        <source>Points cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="110" />
        <source>Write down what happened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="111" />
        <source>Give at least one point.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="112" />
        <source>A discount is from 1 to 100 %.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="113" />
        <source>Open the member to compensate them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="114" />
        <source>Write how it was followed up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="115" />
        <source>No such complaint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="117" />
        <source>Braces must come in pairs: {{name}}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="118" />
        <source>Only {{name}}, {{what}} and {{points}} can be used, not {unknown}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="119" />
        <source>Write the words to say.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="120" />
        <source>A PIN is 4 to 8 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="121" />
        <source>Wrong name or PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="122" />
        <source>Locked after too many wrong PINs; try again in {minutes} min or ask a manager.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="123" />
        <source>Locked after too many wrong PINs; try again in {minutes} min. A forgotten PIN is reset on the computer that holds the database: regulars staff reset-pin "{name}"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="124" />
        <source>Enter the name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="125" />
        <source>Someone already has this name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="126" />
        <source>The owner account already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="128" />
        <source>Give the shop's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="129" />
        <source>At most {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="130" />
        <source>Choose the country of the shop's phones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="131" />
        <source>Choose one of the currencies.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="132" />
        <source>Purchases are already recorded in {currency}: the currency cannot change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="133" />
        <source>Give this till a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="134" />
        <source>Another till of the shop has this name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="135" />
        <source>Sign in first (F12).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="136" />
        <source>This needs a manager: ask one to sign in (F12).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="137" />
        <source>Only the owner can do this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="138" />
        <source>Give the reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="139" />
        <source>Enter the points to add or take (not 0).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="141" />
        <source>Only {left} can still be refunded: {paid} was paid and {refunded} refunded already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="142" />
        <source>This purchase is already refunded in full.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="143" />
        <source>This refund was recorded for another purchase; start the refund again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="144" />
        <source>The last owner cannot be switched off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="145" />
        <source>No such staff member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="146" />
        <source>A seed is a whole number from 0 to 9223372036854775807.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="147" />
        <source>Give the first and the last day of the campaign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="148" />
        <source>This member no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="149" />
        <source>Paying with points waits until the shop's server answers again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="150" />
        <source>While the server is away, at most {limit} points a day: {left} left today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="151" />
        <source>Choose what to export: members, purchases or ledger.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="152" />
        <source>Choose the format: CSV, XLSX or JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="153" />
        <source>Choose a file to write to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="154" />
        <source>The folder {path} does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="155" />
        <source>The disk is full: {path} was not written. Free some space or choose another disk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="156" />
        <source>No permission to write {path}: choose another folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="157" />
        <source>Could not write {path}: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="159" />
        <source>This card was blocked on {day} and replaced; it belongs to {name}. Press Enter to open the member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="160" />
        <source>This card was blocked and belongs to nobody now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="161" />
        <source>This card number was blocked (a lost card); it is never given again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="162" />
        <source>There are no cards to print in this batch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="163" />
        <source>There is no such tier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="164" />
        <source>Choose which cards to print.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="165" />
        <source>Choose why the card is replaced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="166" />
        <source>Give the shop's name for the card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="167" />
        <source>At most {limit} characters fit on a card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="168" />
        <source>The logo must be a PNG or JPEG image up to 2 MB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="170" />
        <source>The mapping names a column that is not in the file: {column}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="171" />
        <source>Choose the column with the name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="172" />
        <source>Choose the column with the phone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="173" />
        <source>Cannot read {file}: {error}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="174" />
        <source>{file} has no header row.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="175" />
        <source>{file} is not there: moved, renamed or deleted? Choose it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="176" />
        <source>No permission to read {file}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="177" />
        <source>Unknown encoding: {encoding}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="178" />
        <source>The import was cancelled; nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="179" />
        <source>Duplicates are merged or skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="180" />
        <source>No name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="181" />
        <source>No phone number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="182" />
        <source>Bad phone number: {value}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="183" />
        <source>Bad card number: {value}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="184" />
        <source>Bad number of points: {value}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="185" />
        <source>No such tier: {value}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="186" />
        <source>Bad date: {value}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="187" />
        <source>No consent to processing personal data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="188" />
        <source>E-mail {value} looks wrong; left empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="189" />
        <source>Language {value} is not known; left empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="190" />
        <source>The phone and the card belong to two different members.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="191" />
        <source>Already a member (same phone or card).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="192" />
        <source>This card number was replaced after a loss; leave the card empty and a new number is issued.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="193" />
        <source>Same person as row {row}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="194" />
        <source>Opening points were imported for this member before; not added again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="196" />
        <source>A cashier gives at most {limit_points} points, goods worth {limit_amount} or a {limit_percent} % discount at once. A manager can allow more with their PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="197" />
        <source>Cashiers may give this member at most {cap} points a day; {left} are left today. A manager can allow more with their PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="198" />
        <source>A manager must allow this with their PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="199" />
        <source>{name} is not a manager: a manager's name and PIN are needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="200" />
        <source>Check who the customer is before spending their points: scan the card, or ask for the full phone, or the name and date of birth.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="201" />
        <source>That does not match this member: no points were spent. Check again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="202" />
        <source>This member's date of birth is not recorded: scan the card or ask for the full phone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="203" />
        <source>At most {cap} points can be spent on one receipt.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/messages.py" line="215" />
        <source>%n members match: enter the whole phone or scan the card.</source>
        <translation>
            <numerusform>%Ln member matches: enter the whole phone or scan the card.</numerusform><numerusform>%Ln members match: enter the whole phone or scan the card.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/messages.py" line="218" />
        <source>Wrong PIN. %n try(s) left before a 15-minute lock.</source>
        <translation>
            <numerusform>Wrong PIN. %Ln try left before a 15-minute lock.</numerusform><numerusform>Wrong PIN. %Ln tries left before a 15-minute lock.</numerusform></translation>
    </message>
</context>
<context>
    <name>OfflineStatusLine</name>
    <message>
        <location filename="../../app/ui/offline_status.py" line="40" />
        <source>Offline since %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/offline_status.py" line="42" />
        <source>%n sale(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln sale waiting to be sent</numerusform><numerusform>%Ln sales waiting to be sent</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/offline_status.py" line="44" />
        <source>All sent</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/offline_status.py" line="47" />
        <source>%n sale(s) set aside for a manager</source>
        <translation>
            <numerusform>%Ln sale set aside for a manager</numerusform><numerusform>%Ln sales set aside for a manager</numerusform></translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="162" />
        <source>The owner's account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="163" />
        <source>Regulars is used behind a PIN. The first account is the owner's: it sets up the program, the staff and backups.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="165" />
        <source>Your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="165" />
        <source>PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="166" />
        <source>PIN again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="168" />
        <source>4 to 8 digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="173" />
        <source>The two PINs differ.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="205" />
        <location filename="../../app/ui/staff_dialogs.py" line="297" />
        <source>Personal data — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="206" />
        <source>SMS offers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="208" />
        <source>E-mail offers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="210" />
        <source>Save opt-ins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="211" />
        <source>Export everything held (JSON)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="212" />
        <source>…and as a readable PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="215" />
        <source>Why (e.g. asked at the till on 23.11)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="216" />
        <source>Erase this member…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="218" />
        <source>Consent withdrawn: anonymise…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="222" />
        <source>Erasure removes the name, phone, e-mail, birthday, notes and card number for good; purchases and points stay for the accounts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="247" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="256" />
        <location filename="../../app/ui/staff_dialogs.py" line="272" />
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="261" />
        <location filename="../../app/ui/staff_dialogs.py" line="299" />
        <source>Exported to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="313" />
        <source>Erase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="313" />
        <source>Erase %1 for good? This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProblemPlaces</name>
    <message>
        <location filename="../../app/ui/program_problems.py" line="22" />
        <source>Tier %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="22" />
        <source>Campaign %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="23" />
        <source>Stamp card %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="24" />
        <source>Category %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="24" />
        <source>Cause %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="26" />
        <source>key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="26" />
        <source>name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="26" />
        <source>colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="27" />
        <source>threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="27" />
        <source>earn rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="28" />
        <source>perks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="28" />
        <source>kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="28" />
        <source>starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="29" />
        <source>ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="29" />
        <source>tiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="29" />
        <source>factor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="30" />
        <source>category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="30" />
        <source>extra</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="31" />
        <source>tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="31" />
        <source>stamps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="31" />
        <source>reward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="33" />
        <source>Tiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="33" />
        <source>Campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="34" />
        <source>Stamp cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="34" />
        <source>Categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="35" />
        <source>Causes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="35" />
        <source>Qualifying window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="36" />
        <source>Qualifying window, months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="37" />
        <source>Welcome bonus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="37" />
        <location filename="../../app/ui/program_problems.py" line="38" />
        <source>Expiry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="38" />
        <source>Expiry, days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="39" />
        <source>Long absence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="40" />
        <source>Point value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="41" />
        <source>Confirm purchases above</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="43" />
        <source>Points for a survey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="43" />
        <source>Points for a review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="44" />
        <source>Referral: points for the member who brings a friend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="45" />
        <source>Referral: points for the friend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="46" />
        <source>Birthday points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="47" />
        <source>Apology points for a long wait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="50" />
        <source>Points per receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="51" />
        <source>Points given per member a day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="52" />
        <source>Points a day while the server is away</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProgramEditor</name>
    <message>
        <location filename="../../app/ui/program_editor.py" line="72" />
        <location filename="../../app/ui/program_editor.py" line="333" />
        <source>Loyalty program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="95" />
        <location filename="../../app/ui/program_editor.py" line="158" />
        <source>Tiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="99" />
        <source>Campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="100" />
        <source>Stamp cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="98" />
        <source>General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="101" />
        <source>Help &amp;&amp; charity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="102" />
        <source>Words to say</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="104" />
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="114" />
        <source>Save as a new version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_table.py" line="287" />
        <source>Remove selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="123" />
        <source>Members refer to this key, so it cannot change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="129" />
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="129" />
        <source>Name RU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="130" />
        <source>Name EN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="130" />
        <source>Name LV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="134" />
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="134" />
        <location filename="../../app/ui/program_editor.py" line="164" />
        <source>Threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="135" />
        <source>Earn %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="136" />
        <source>Perks RU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="136" />
        <source>Perks EN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="137" />
        <source>Perks LV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="138" />
        <source>Thresholds are qualifying points and must rise from 0. A lower threshold upgrades members at once; a higher one demotes nobody before the end of their qualifying period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="141" />
        <source>Add tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="145" />
        <source>Multiplier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="145" />
        <source>Category extra</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="146" />
        <source>Lower threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="156" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="157" />
        <source>Starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="157" />
        <source>Ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="159" />
        <source>Factor %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="160" />
        <location filename="../../app/ui/program_editor.py" line="181" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="162" />
        <source>Extra %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="163" />
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="172" />
        <source>Dates are YYYY-MM-DD, both days included. Tiers: keys separated by commas, empty for every tier. Factor 200 % gives double points; extra % is of the money spent in the category; a lower threshold applies to the tier chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="177" />
        <source>Add campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="182" />
        <source>— every purchase —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="183" />
        <source>Stamps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="184" />
        <source>Reward RU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="184" />
        <source>Reward EN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="185" />
        <source>Reward LV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="186" />
        <source>Add stamp card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="187" />
        <source>Collect the stamps, get the reward: “6 coffees, the 7th free”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="190" />
        <source>Product categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="192" />
        <source>Add category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="205" />
        <source>Causes members can donate points to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="208" />
        <source>Add cause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="215" />
        <source>A gift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="215" />
        <source>A gift with points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="216" />
        <source>Apology points (complaint)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="217" />
        <source>Long wait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="229" />
        <source>{name} is how the member is addressed, {what} the gift, {points} the points with their word ("50 points").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="300" />
        <source>Nothing changed; version %1 stays in force.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/program_editor.py" line="302" />
        <source>Saved as version %1; %n member(s) upgraded</source>
        <translation>
            <numerusform>Saved as version %1; %Ln member upgraded</numerusform><numerusform>Saved as version %1; %Ln members upgraded</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="334" />
        <source>The program has unsaved changes. Save them?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProgramGeneral</name>
    <message>
        <location filename="../../app/ui/program_general.py" line="22" />
        <source>Lifetime</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="23" />
        <source>Calendar year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="24" />
        <source>Rolling N months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="28" />
        <source>Never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="29" />
        <source>N days after earning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="30" />
        <source>At the end of the year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="36" />
        <source>Switching expiry on starts the clock today for points already held.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="56" />
        <source>Qualifying window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="57" />
        <source>Months (rolling window)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="58" />
        <source>Which earned points count towards a tier. With a window, upgrades apply at once and a downgrade waits for the end of the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="61" />
        <source>Welcome bonus, points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="62" />
        <source>Long absence after, days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="63" />
        <source>Confirm purchases above</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="64" />
        <source>Points expire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="65" />
        <source>Days after earning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="73" />
        <source>no cap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="74" />
        <source>Points spent per receipt, at most</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="75" />
        <source>Points cashiers give one member a day, at most</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="76" />
        <source>Gifts, apologies, survey and review points count together. A manager's PIN lifts the cap for one gift; a cashier alone gives at most 300 points or goods worth 500 at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="80" />
        <source>off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="81" />
        <source>Points a member may spend a day while the server is away</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="83" />
        <source>Counted by each till on its own until the server answers again; 0 or empty: paying with points waits for the server.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProgramPreview</name>
    <message>
        <location filename="../../app/ui/program_preview.py" line="51" />
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_preview.py" line="52" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_preview.py" line="53" />
        <source>Paid with points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_preview.py" line="54" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_preview.py" line="55" />
        <source>Of which in the category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_preview.py" line="56" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_preview.py" line="58" />
        <source>What would this purchase earn under the rules being edited (nothing is saved).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_preview.py" line="72" />
        <source>— none —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_preview.py" line="99" />
        <source>The category part cannot be more than the whole purchase.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/program_preview.py" line="105" />
        <source>Base, %1 at %2 %: %n point(s)</source>
        <translation>
            <numerusform>Base, %1 at %2 %: %Ln point</numerusform><numerusform>Base, %1 at %2 %: %Ln points</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/program_preview.py" line="107" />
        <source>%1: +%n point(s)</source>
        <translation>
            <numerusform>%1: +%Ln point</numerusform><numerusform>%1: +%Ln points</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/program_preview.py" line="110" />
        <source>No campaign adds points to this purchase.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/program_preview.py" line="111" />
        <source>Total: %n point(s)</source>
        <translation>
            <numerusform>Total: %Ln point</numerusform><numerusform>Total: %Ln points</numerusform></translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="70" />
        <source>Purchase — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="81" />
        <source>optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="94" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="96" />
        <source>Receipt no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="98" />
        <source>Pay with points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="107" />
        <source>Record (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/purchase_dialog.py" line="109" />
        <source>Balance: %n point(s)</source>
        <translation>
            <numerusform>Balance: %Ln point</numerusform><numerusform>Balance: %Ln points</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="130" />
        <source>The shop's server is away: paying with points waits until it answers again.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/purchase_dialog.py" line="134" />
        <source>The shop's server is away: at most %n point(s) a day may be spent; %1 left today for this member.</source>
        <translation>
            <numerusform>The shop's server is away: at most %Ln point a day may be spent; %1 left today for this member.</numerusform><numerusform>The shop's server is away: at most %Ln points a day may be spent; %1 left today for this member.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="140" />
        <source>Of which (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="148" />
        <source> pcs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="151" />
        <source>part of the amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="167" />
        <source>%1: %2 of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="187" />
        <source>No points were spent: check who the customer is first.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/purchase_dialog.py" line="210" />
        <source>at most %n point(s)</source>
        <translation>
            <numerusform>at most %Ln point</numerusform><numerusform>at most %Ln points</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="225" />
        <source>Left to pay: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="17" />
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="18" />
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="19" />
        <source>Drive</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="14" />
        <source>&amp;Look in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="15" />
        <source>Files of &amp;type:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReconnectDialog</name>
    <message>
        <location filename="../../app/ui/reconnect_dialog.py" line="46" />
        <source>Retry now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reconnect_dialog.py" line="47" />
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reconnect_dialog.py" line="62" />
        <source>Connecting to the shop's server at %1… attempt %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <location filename="../../app/ui/recovery.py" line="28" />
        <source>The shop's database file is empty (0 bytes): the shop's data is not in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="31" />
        <source>The shop's database cannot be read: the file is damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="40" />
        <source>The latest good backup was taken on %1 (members: %2; checked just now). Restore it? Anything recorded after it will have to be entered again. The damaged file is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="33" />
        <source>No good backup was found beside the database or in the backup folder. If you have one (a USB stick, a share), choose it. Nothing has been changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="37" />
        <source>The latest good backup was taken on %1 (members: %2; checked just now). Restore it? Anything recorded after it will have to be entered again. The empty file is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="48" />
        <source>Restore the latest backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="50" />
        <source>Choose a backup file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="52" />
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="57" />
        <source>Refund a purchase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="75" />
        <source>Receipt number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="76" />
        <source>On the day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="83" />
        <source>Only %1's purchases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="90" />
        <source>Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="99" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="99" />
        <source>Receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="99" />
        <source>Member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="99" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="100" />
        <source>Refunded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="100" />
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="111" />
        <source>Find the purchase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="126" />
        <source>Why: goods returned, wrong amount rung up…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="131" />
        <location filename="../../app/ui/refund_dialog.py" line="146" />
        <source>Refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="138" />
        <source>Purchase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="139" />
        <source>Amount to refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="141" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="176" />
        <source>Purchases found: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="177" />
        <source>No purchases match.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="193" />
        <source>in full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="217" />
        <source>Choose a purchase in the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="220" />
        <source>%1, %2: paid %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="224" />
        <source>; refunded already %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="228" />
        <source>At most %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="231" />
        <source>This purchase is refunded in full.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="247" />
        <source>Points: %1 taken back, %2 returned to the member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="275" />
        <source>Refunded %1. Points: %2 taken back, %3 returned. Balance: %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/corrections.py" line="52" />
        <source>Refund a purchase…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RegisterFollower</name>
    <message>
        <location filename="../../app/ui/api_host.py" line="168" />
        <source>From the register “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RegistersDialog</name>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="48" />
        <source>Registers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="75" />
        <source>Register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="75" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="76" />
        <source>Last used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="76" />
        <source>Revoked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="82" />
        <source>A new register's name, e.g. Register 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="87" />
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="88" />
        <source>Revoke…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="94" />
        <source>Registers that may use the API</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="104" />
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="108" />
        <source>Copy it into the register's settings now; it is not shown again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="119" />
        <source>Serve the register API on this till</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="123" />
        <source>Open to the shop's network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="125" />
        <source>Every computer in the shop's network can reach the API then (registers still need their token). Open it only on the shop's own network, never on a guests' Wi-Fi.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="131" />
        <source>Save and restart the API</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="134" />
        <source>Port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="137" />
        <source>Registers connect to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="139" />
        <source>The API on this till</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="178" />
        <source>The token of “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="182" />
        <source>Added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="190" />
        <source>Revoke</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="191" />
        <source>Revoke “%1”? Its token stops working at once; the register needs a new one to connect again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="200" />
        <source>Revoked: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="224" />
        <source>(the API is off)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="230" />
        <source>The API is off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="232" />
        <source>The API is serving at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="235" />
        <source>The API could not open port %1: another program may use it. Choose another port.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReplicaKeeper</name>
    <message>
        <location filename="../../app/ui/replica_keeper.py" line="67" />
        <source>Copying the shop's members to this till,
so it can serve while the server is away: %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/replica_keeper.py" line="73" />
        <source>Local copy</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../app/ui/report_charts.py" line="46" />
        <location filename="../../app/ui/report_text.py" line="124" />
        <source>Visits and revenue over time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_charts.py" line="50" />
        <location filename="../../app/ui/report_text.py" line="126" />
        <location filename="../../app/ui/report_text.py" line="131" />
        <location filename="../../app/ui/report_text.py" line="187" />
        <source>Revenue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_charts.py" line="51" />
        <location filename="../../app/ui/report_text.py" line="43" />
        <location filename="../../app/ui/report_text.py" line="125" />
        <location filename="../../app/ui/report_text.py" line="131" />
        <location filename="../../app/ui/report_text.py" line="186" />
        <source>Visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_charts.py" line="89" />
        <location filename="../../app/ui/report_text.py" line="143" />
        <source>Members by tier today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_charts.py" line="99" />
        <location filename="../../app/ui/report_text.py" line="30" />
        <location filename="../../app/ui/report_text.py" line="144" />
        <location filename="../../app/ui/report_text.py" line="147" />
        <location filename="../../app/ui/report_text.py" line="157" />
        <source>Members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_files.py" line="43" />
        <source>Period: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_files.py" line="44" />
        <source>Till</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_files.py" line="45" />
        <location filename="../../app/ui/report_text.py" line="174" />
        <location filename="../../app/ui/report_text.py" line="180" />
        <location filename="../../app/ui/report_text.py" line="190" />
        <source>Cashier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_files.py" line="46" />
        <location filename="../../app/ui/report_text.py" line="131" />
        <location filename="../../app/ui/report_text.py" line="144" />
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_files.py" line="48" />
        <source>Filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_files.py" line="50" />
        <source>Made on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_files.py" line="38" />
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="30" />
        <source>Members enrolled and not erased, today. The tier filter counts members by their tier today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="32" />
        <source>New members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="32" />
        <source>Members enrolled in the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="33" />
        <source>Active in 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="36" />
        <source>Active in 90 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="39" />
        <source>Lapsed 90 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="41" />
        <source>Lapsed 180 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="45" />
        <source>Revenue from members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="46" />
        <source>What members paid in the period, refunded purchases taken out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="47" />
        <location filename="../../app/ui/report_text.py" line="132" />
        <source>Average check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="43" />
        <source>Purchases members made in the period, refunded ones too: a refund does not undo a visit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="34" />
        <source>Members whose last purchase was in the last 30 days: today and the 29 days before it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="37" />
        <source>Members whose last purchase was in the last 90 days: today and the 89 days before it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="39" />
        <source>No purchase in the last 90 days (today and the 89 days before it), and enrolled before them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="41" />
        <source>No purchase in the last 180 days (today and the 179 days before it), and enrolled before them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="47" />
        <source>Revenue from members divided by their purchases that were not refunded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="48" />
        <source>Members who bought</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="49" />
        <source>Members with at least one purchase in the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="50" />
        <source>Repeat rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="50" />
        <source>Share of the members who bought in the period who bought twice or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="52" />
        <source>Visits per member per month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="53" />
        <source>Visits divided by the members who bought, divided by the period's length in months.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="55" />
        <source>Refunded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="56" />
        <source>Refunded amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="55" />
        <source>Purchases made in the period and refunded in full since.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="56" />
        <source>What was refunded of purchases made in the period, in full or in part.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="57" />
        <location filename="../../app/ui/report_text.py" line="126" />
        <source>Points issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="57" />
        <source>Points given in the period in any way: earned, welcome, campaigns, bonuses, gifts. Points a refund returns are not new points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="60" />
        <location filename="../../app/ui/report_text.py" line="127" />
        <source>Points redeemed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="60" />
        <source>Points members paid with in the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="61" />
        <source>Points expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="61" />
        <source>Points that expired unspent in the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="62" />
        <source>Points donated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="62" />
        <source>Points members gave to a cause in the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="63" />
        <source>Points outstanding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="64" />
        <source>All members' balances together, today, net of points owed back after refunds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="66" />
        <source>Liability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="66" />
        <source>The outstanding points in money: what the shop owes if every point is spent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="68" />
        <source>Tier moves up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="68" />
        <source>Members who moved to a higher tier in the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="69" />
        <source>Tier moves down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="70" />
        <source>Members who moved to a lower tier in the period (reviews, refunds).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="94" />
        <source>Earned on purchases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="94" />
        <source>Welcome bonus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="95" />
        <source>Campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="95" />
        <source>Redeemed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="95" />
        <source>Birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="96" />
        <source>Referrals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="96" />
        <source>Surveys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="96" />
        <source>Reviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="97" />
        <location filename="../../app/ui/report_text.py" line="169" />
        <source>Gifts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="97" />
        <source>Expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="97" />
        <source>Donated to causes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="98" />
        <source>Adjustments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="98" />
        <source>Refunds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="99" />
        <source>Imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="103" />
        <source>No compensation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="103" />
        <source>Apology points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="104" />
        <source>A gift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="104" />
        <source>Discount next time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="155" />
        <source>Month %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="186" />
        <source>Member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="186" />
        <source>Card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="115" />
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="115" />
        <source>Figure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="115" />
        <location filename="../../app/ui/report_text.py" line="169" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="116" />
        <source>Definition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="125" />
        <location filename="../../app/ui/report_text.py" line="147" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="125" />
        <location filename="../../app/ui/report_text.py" line="147" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="130" />
        <source>Average check by tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="134" />
        <source>Points by kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="135" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="135" />
        <source>Points in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="135" />
        <source>Points out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="144" />
        <source>Share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="146" />
        <source>Tier moves in the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="148" />
        <source>Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="149" />
        <source>up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="149" />
        <source>down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="156" />
        <source>Retention by enrolment month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="157" />
        <source>Enrolled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="159" />
        <source>Share of each month's new members who bought in the month after enrolment shown by the column (month 0: the month they enrolled).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="172" />
        <source>Gifts by reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="172" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="169" />
        <location filename="../../app/ui/report_text.py" line="170" />
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="174" />
        <source>Gifts by cashier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="176" />
        <source>Complaints by compensation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="177" />
        <source>Compensation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="170" />
        <source>Complaints</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="179" />
        <source>Complaints by cashier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="189" />
        <source>Staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="190" />
        <source>Enrolments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="191" />
        <source>Purchases recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="191" />
        <source>Gifts given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="193" />
        <source>Top members by revenue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="195" />
        <source>Top members by visits</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <location filename="../../app/ui/report_preparation.py" line="50" />
        <location filename="../../app/ui/reports_dialog.py" line="116" />
        <location filename="../../app/ui/reports_dialog.py" line="302" />
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="142" />
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="144" />
        <source>Points and tiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="145" />
        <source>Cohorts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="147" />
        <source>Gifts and complaints</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="149" />
        <source>Staff and top members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="153" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="153" />
        <source>This week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="154" />
        <source>This month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="154" />
        <source>This quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="155" />
        <source>This year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="155" />
        <source>Custom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="167" />
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="174" />
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="174" />
        <source>from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="175" />
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="175" />
        <source>Till</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="176" />
        <source>Cashier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="176" />
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="207" />
        <source>By day or month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="207" />
        <source>By tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="240" />
        <source>All tills</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="241" />
        <source>All cashiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="242" />
        <source>All tiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_preparation.py" line="46" />
        <source>Preparing the reports for the first time: every purchase and ledger row is added up once. In a large shop this takes a few minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_preparation.py" line="49" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_preparation.py" line="38" />
        <source>Preparing the reports…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_preparation.py" line="64" />
        <source>Stopping…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="268" />
        <source>Reports were not prepared; nothing was changed. Open Reports again to prepare them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="280" />
        <source>Counting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="302" />
        <source>The report could not be made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="328" />
        <source>Counting top members…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="384" />
        <location filename="../../app/ui/reports_dialog.py" line="393" />
        <source>Export report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="394" />
        <source>The file could not be written: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ServerWatch</name>
    <message>
        <location filename="../../app/ui/server_watch.py" line="41" />
        <source>Server not answering — retrying…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SetAsideDialog</name>
    <message>
        <location filename="../../app/ui/offline_aside.py" line="31" />
        <source>Sales set aside</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/offline_aside.py" line="38" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/offline_aside.py" line="38" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/offline_aside.py" line="39" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/offline_aside.py" line="39" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/offline_aside.py" line="51" />
        <source>%n sale(s) the server refused; settle them by hand.</source>
        <translation>
            <numerusform>%Ln sale the server refused; settle it by hand.</numerusform><numerusform>%Ln sales the server refused; settle them by hand.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/offline_aside.py" line="53" />
        <source>Nothing set aside: every sale reached the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/offline_aside.py" line="56" />
        <source>Enrolment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/offline_aside.py" line="56" />
        <source>Sale</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShopSettingsDialog</name>
    <message>
        <location filename="../../app/ui/shop_settings_dialog.py" line="29" />
        <source>Shop settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shop_settings_dialog.py" line="39" />
        <source>Shop name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shop_settings_dialog.py" line="46" />
        <source>This till's language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shop_settings_dialog.py" line="47" />
        <source>The language changes when Regulars is started again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shop_settings_dialog.py" line="66" />
        <source>Purchases are recorded in %1: the currency stays.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SlipPrinting</name>
    <message>
        <location filename="../../app/ui/slip_printing.py" line="29" />
        <source>Print the slip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_printing.py" line="44" />
        <source>Open a member to print their slip.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_printing.py" line="51" />
        <source>This member has no sale to print.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_printing.py" line="54" />
        <source>No slip printer is set up: Manage → Slip printer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_printing.py" line="59" />
        <source>Printing the slip…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_printing.py" line="61" />
        <source>Slip printed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SlipSettingsDialog</name>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="33" />
        <source>No slip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="34" />
        <source>ESC/POS printer on USB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="35" />
        <source>ESC/POS printer on the network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="36" />
        <source>ESC/POS printer: device or file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="37" />
        <source>PDF files in a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="38" />
        <source>XPrinter, POS-58/80 and compatibles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="39" />
        <source>Epson TM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="40" />
        <source>By the slip's language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="41" />
        <source>CP866 — Cyrillic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="42" />
        <source>CP1251 — Cyrillic (Windows)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="43" />
        <source>CP1257 — Baltic, Latvian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="44" />
        <source>CP775 — Baltic (DOS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="45" />
        <source>CP437 — Latin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="46" />
        <source>Switch pages letter by letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="57" />
        <source>Slip printer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="65" />
        <source>58 mm (32 characters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="66" />
        <source>80 mm (48 characters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="74" />
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="75" />
        <source>Print after each sale (otherwise Ctrl+R at the till)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="77" />
        <source>Thank you for shopping with us — Lavka, Riga</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="78" />
        <source>Print a test slip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="96" />
        <source>Vendor id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="97" />
        <source>Product id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="98" />
        <source>Port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="101" />
        <source>Printer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="101" />
        <source>Paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="102" />
        <source>Printer kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="103" />
        <source>Code page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="103" />
        <source>USB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="104" />
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="104" />
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="105" />
        <source>Shop's line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="143" />
        <source>A folder for the PDF files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="149" />
        <source>Folder for the slips</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="152" />
        <source>Printer device or file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="184" />
        <source>Printing a test slip…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="188" />
        <source>Test slip printed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="54" />
        <source>Staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="56" />
        <location filename="../../app/ui/staff_dialogs.py" line="75" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="56" />
        <location filename="../../app/ui/staff_dialogs.py" line="77" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="56" />
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="57" />
        <source>Locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="64" />
        <source>Cashier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="64" />
        <source>Manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="65" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="68" />
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="69" />
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="70" />
        <source>Switch on/off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="71" />
        <source>Set this PIN for the selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="76" />
        <source>PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="99" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="99" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="100" />
        <source>locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="123" />
        <source>Added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="128" />
        <source>Unlocked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="135" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="141" />
        <source>PIN changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TillActions</name>
    <message>
        <location filename="../../app/ui/till_actions.py" line="89" />
        <source>Already handed over.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/till_actions.py" line="136" />
        <source>Welcome! %n point(s) already on the card.</source>
        <translation>
            <numerusform>Welcome! %Ln point is already on the card.</numerusform><numerusform>Welcome! %Ln points are already on the card.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/till_actions.py" line="146" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_actions.py" line="152" />
        <source>Print the card…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_actions.py" line="153" />
        <source>Lost card: new number…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_actions.py" line="168" />
        <source>Lost card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_actions.py" line="169" />
        <source>Block card %1 and give %2 a new card number? Points, status and history stay with the member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_actions.py" line="180" />
        <source>New card number: %1. The old card is blocked. Print the new card: Member → Print the card.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TillNameDialog</name>
    <message>
        <location filename="../../app/ui/till_name_dialog.py" line="18" />
        <location filename="../../app/ui/till_name_dialog.py" line="27" />
        <source>This till's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_name_dialog.py" line="22" />
        <source>Each computer at the counter is a till of the shop. Its name is shown in reports by till, in the audit and on the customer's screen.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TillSearch</name>
    <message>
        <location filename="../../app/ui/till_search.py" line="46" />
        <source>Name, phone or card</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/till_search.py" line="92" />
        <source>%n found</source>
        <translation>
            <numerusform>%Ln found</numerusform><numerusform>%Ln found</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/till_search.py" line="100" />
        <source>Nobody found. F2 enrols a new member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_search.py" line="101" />
        <source>Nobody found.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TillWindow</name>
    <message>
        <location filename="../../app/ui/till_window.py" line="65" />
        <source>Regulars — till</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="131" />
        <source>Purchase  F5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="132" />
        <source>New member  F2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="133" />
        <source>Pay with points  F6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="134" />
        <source>Edit  F4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="135" />
        <source>Next customer  Esc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="138" />
        <source>Donate points  F9</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="144" />
        <source>Member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="146" />
        <source>Gift…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="147" />
        <source>Long wait: apology points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="148" />
        <source>Complaint…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="149" />
        <source>Personal data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="155" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="168" />
        <source>The language changes when Regulars is started again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="295" />
        <source>Survey +%1  F7</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="296" />
        <source>Review +%1  F8</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/till_window.py" line="335" />
        <location filename="../../app/ui/till_window.py" line="353" />
        <source>Paid with %n point(s).</source>
        <translation>
            <numerusform>Paid with %Ln point.</numerusform><numerusform>Paid with %Ln points.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/till_window.py" line="336" />
        <source>+%n point(s), balance %1</source>
        <translation>
            <numerusform>+%Ln point, balance %1</numerusform><numerusform>+%Ln points, balance %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="343" />
        <source>New status: %1!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="341" />
        <source>Full card! Give: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="351" />
        <source>Thank you!</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/till_window.py" line="354" />
        <source>+%n point(s) pending: they count once the shop's server has the sale.</source>
        <translation>
            <numerusform>+%Ln point pending: it counts once the shop's server has the sale.</numerusform><numerusform>+%Ln points pending: they count once the shop's server has the sale.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="365" />
        <source>Birthday bonus: +%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="368" />
        <source>%2 gets +%1 for bringing a friend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="369" />
        <source>The friend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="371" />
        <source>Friend bonus: +%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="37" />
        <source>Check who is paying with points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="45" />
        <source>Points are money. Before spending them, check that this is %1: scan the card, or ask the customer to say the full phone number, or their name and date of birth.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="51" />
        <source>scan or type the 13 digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="52" />
        <source>the whole number, e.g. +7 916 123-45-67</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="53" />
        <source>first or last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="54" />
        <source>dd.mm.yyyy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="57" />
        <source>Card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="58" />
        <source>or the full phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="59" />
        <source>or the name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="60" />
        <source>and the date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="63" />
        <source>Checked (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="64" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="89" />
        <source>Give both the name and the date of birth as dd.mm.yyyy, e.g. 07.03.1985.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="94" />
        <source>Fill in one check: the card, the full phone, or the name and date of birth.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <location filename="../../app/ui/withdraw_dialog.py" line="35" />
        <source>Consent withdrawn — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/withdraw_dialog.py" line="46" />
        <source>Withdrawing consent erases %1's personal data for good: the name, phone, e-mail, date of birth, notes and card number. The points and purchases stay only as numbers for the accounts, and the card stops working. This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/withdraw_dialog.py" line="52" />
        <source>The customer asked for this and knows it cannot be undone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/withdraw_dialog.py" line="64" />
        <source>A cashier records this only with a manager's PIN, typed here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/withdraw_dialog.py" line="67" />
        <source>Manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/withdraw_dialog.py" line="68" />
        <source>PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/withdraw_dialog.py" line="74" />
        <source>Erase for good</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/withdraw_dialog.py" line="76" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>prompt</name>
    <message>
        <location filename="../../app/ui/recovery.py" line="71" />
        <source>Choose a backup file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="73" />
        <source>Regulars backups (*.sqlite3);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="81" />
        <source>This file cannot be restored: %1</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>