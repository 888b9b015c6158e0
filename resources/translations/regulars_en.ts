<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="151" />
        <source>Audit trail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="155" />
        <source>action, e.g. refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="157" />
        <source>staff name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="158" />
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="159" />
        <source>When (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="159" />
        <source>Staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="159" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="160" />
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="160" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="187" />
        <source>Export</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="52" />
        <source>Backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="55" />
        <source>A verified copy is made at start and every day, and before every upgrade; 7 daily, 4 weekly and 12 monthly copies are kept. Keep the folder on another drive (a USB stick, a network share) so a failed disk does not take both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="65" />
        <source>Change folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="67" />
        <source>Folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="72" />
        <source>Taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="72" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="72" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="85" />
        <source>Back up now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="86" />
        <source>Restore the selected backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="87" />
        <source>Restore from a file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="102" />
        <source>Scheduled or on demand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="103" />
        <source>Before an upgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="104" />
        <source>Data as it was before a restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="105" />
        <source>Damaged file kept before a restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="132" />
        <source>Where to keep backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="147" />
        <source>Backed up and verified: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="157" />
        <source>Restore from a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="159" />
        <source>Regulars backups (*.sqlite3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="166" />
        <source>Replace all current data with the backup of %1?

Members, purchases, the program, staff and PINs become what they were then; anything recorded since is set aside. A copy of the current data is kept first, so this can be undone. Everyone will have to sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="171" />
        <location filename="../../app/ui/backup_dialog.py" line="186" />
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="180" />
        <source>Restored from %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="182" />
        <source>The data as it was just before is kept as %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="187" />
        <source>Sign in again to continue.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CardDesignerDialog</name>
    <message>
        <location filename="../../app/ui/card_designer.py" line="51" />
        <source>Member cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="72" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="73" />
        <source>Print cards…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="74" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="87" />
        <source>e.g. Coffee and bakery since 2009</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="89" />
        <source>Rules on the back; leave empty for no back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="93" />
        <source>Choose logo…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="94" />
        <source>No logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="99" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="99" />
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="100" />
        <source>Card number under the barcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="101" />
        <source>Member since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="105" />
        <source>QR code of the card number too</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="111" />
        <source>Shop name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="112" />
        <location filename="../../app/ui/card_designer.py" line="208" />
        <source>Logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="113" />
        <source>Line under the shop name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="125" />
        <source>Colour: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="126" />
        <source>On the front</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="128" />
        <source>Back text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="129" />
        <source>Shop phone (back)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="130" />
        <source>Card language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="134" />
        <source>Ivan Petrov</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="139" />
        <source>Preview as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="147" />
        <source>True size on this screen: hold a card against it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="203" />
        <source>Tier colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="209" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="224" />
        <source>a logo is set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="224" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="269" />
        <source>Saved. New cards are printed with this design.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CardPrintDialog</name>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="118" />
        <source>Print member cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="130" />
        <source>The card of %1, number %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="137" />
        <source>A4 sheets: 10 cards with crop marks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="138" />
        <source>One card a page (card printer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="142" />
        <source>Paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="146" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="146" />
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="147" />
        <source>Which</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="147" />
        <source>Cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="152" />
        <source>Print runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="157" />
        <source>Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="158" />
        <source>Save as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="159" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="169" />
        <source>All members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="170" />
        <source>One tier:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="171" />
        <source>These cards (scan or type the numbers, one a line):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="180" />
        <source>Find a member by name or phone, Enter to add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="212" />
        <source>New cards, never printed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="224" />
        <source>new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="224" />
        <source>all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="224" />
        <source>chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="225" />
        <source>at the till</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="251" />
        <source>Nobody found.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/card_print_dialog.py" line="274" />
        <source>%n card(s) chosen.</source>
        <translation>
            <numerusform>%n card chosen.</numerusform><numerusform>%n cards chosen.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="284" />
        <source>Save cards as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="285" />
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="323" />
        <source>Printing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="325" />
        <source>Printing cards…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="325" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="341" />
        <source>%1 card(s) on %2 page(s). The print run is recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="348" />
        <source>Cancelled: nothing was recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="352" />
        <source>Printing failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CharityDialog</name>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="372" />
        <source>Charity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="379" />
        <source>Points members gave to good causes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="380" />
        <source>Cause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="380" />
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="380" />
        <source>Worth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="381" />
        <source>Donations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="381" />
        <source>Donors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="405" />
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/manager_dialogs.py" line="407" />
        <source>In total members gave %n point(s), worth %1.</source>
        <translation>
            <numerusform>In total members gave %n point, worth %1.</numerusform><numerusform>In total members gave %n points, worth %1.</numerusform></translation>
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
        <location filename="../../app/ui/complaint_dialog.py" line="312" />
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
        <location filename="../../app/ui/complaint_dialog.py" line="198" />
        <source>No compensation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="198" />
        <source>Apology points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="199" />
        <source>A gift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="199" />
        <source>A discount on the next purchase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="221" />
        <source>Compensation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="233" />
        <source>Only a member can be compensated: open the member first to give points, a gift or a discount.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="250" />
        <source>The complaint is recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="251" />
        <source>Say it out loud:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="254" />
        <source>Thank them for telling you, and do what you promised. The manager follows it up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="298" />
        <source>Let them finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="298" />
        <source>Facts apart from feelings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="299" />
        <source>Reflect the feeling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="299" />
        <source>Summarise back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="300" />
        <source>Solve it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="300" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="302" />
        <source>Step %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="311" />
        <source>Record the complaint (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="329" />
        <source>Let me check I understood: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="405" />
        <source>Next time you get %1% off — our apology.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="413" />
        <source>Said it ✓</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ComplaintsDialog</name>
    <message>
        <location filename="../../app/ui/care_reports.py" line="220" />
        <source>Complaints</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="230" />
        <source>Open complaints</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="231" />
        <source>Closed complaints</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="232" />
        <source>All complaints</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="237" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="237" />
        <location filename="../../app/ui/care_reports.py" line="343" />
        <source>Member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="237" />
        <location filename="../../app/ui/care_reports.py" line="345" />
        <source>What happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="238" />
        <location filename="../../app/ui/care_reports.py" line="348" />
        <source>Compensation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="238" />
        <location filename="../../app/ui/care_reports.py" line="344" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="238" />
        <location filename="../../app/ui/care_reports.py" line="344" />
        <source>Cashier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="256" />
        <location filename="../../app/ui/care_reports.py" line="337" />
        <source>Follow up and close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="259" />
        <source>What was done: called back, refunded, how they took it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="263" />
        <location filename="../../app/ui/care_reports.py" line="339" />
        <source>Close the complaint</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/care_reports.py" line="286" />
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform><numerusform>%n complaints</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="312" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="312" />
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/care_reports.py" line="316" />
        <source>%n apology point(s)</source>
        <translation>
            <numerusform>%n apology point</numerusform><numerusform>%n apology points</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="318" />
        <source>%1% off the next purchase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="320" />
        <source>A gift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="333" />
        <source>Nothing to show.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="336" />
        <source>Add a follow-up note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="338" />
        <source>Add the note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="343" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="345" />
        <source>Their feelings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="346" />
        <source>Reflected with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="346" />
        <source>Summary said back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="347" />
        <source>Solution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="349" />
        <source>Words said</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="349" />
        <source>Follow-up</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <location filename="../../app/ui/customer_display.py" line="44" />
        <source>Regulars — for the customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="95" />
        <source>Welcome!</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/customer_display.py" line="103" />
        <location filename="../../app/ui/customer_display.py" line="134" />
        <source>Your balance: %n point(s)</source>
        <translation>
            <numerusform>Your balance: %n point</numerusform><numerusform>Your balance: %n points</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/customer_display.py" line="107" />
        <source>%n point(s) to %1</source>
        <translation>
            <numerusform>%n point to %1</numerusform><numerusform>%n points to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/customer_display.py" line="116" />
        <source>%n point(s) expire on %1</source>
        <translation>
            <numerusform>%n point expires on %1</numerusform><numerusform>%n points expire on %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="132" />
        <source>🎉 New status: %1!</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DonateDialog</name>
    <message>
        <location filename="../../app/ui/donate_dialog.py" line="30" />
        <source>Donate points — %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/donate_dialog.py" line="45" />
        <source>at most %n point(s)</source>
        <translation>
            <numerusform>at most %n point</numerusform><numerusform>at most %n points</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/donate_dialog.py" line="52" />
        <source>Cause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/donate_dialog.py" line="54" />
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/donate_dialog.py" line="59" />
        <source>Donate (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/donate_dialog.py" line="61" />
        <source>Balance: %n point(s)</source>
        <translation>
            <numerusform>Balance: %n point</numerusform><numerusform>Balance: %n points</numerusform></translation>
    </message>
</context>
<context>
    <name>DrawDialog</name>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="126" />
        <source>Prize draw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="144" />
        <source>e.g. Hoarders' draw 2026</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="146" />
        <source>Points held now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="147" />
        <source>Qualifying points earned in a period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="165" />
        <source>One prize per line; the first line is the first prize</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="169" />
        <source>Empty: a random seed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="174" />
        <source>Who takes part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="174" />
        <source>Draw name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="175" />
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="176" />
        <source>At least (points)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="177" />
        <source>Prizes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="177" />
        <source>Seed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="182" />
        <source>Run the draw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="184" />
        <location filename="../../app/ui/manager_dialogs.py" line="190" />
        <source>New draw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="199" />
        <source>Fill in the draw and run it: the winners appear here, with the seed that lets anyone re-run it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="205" />
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="205" />
        <source>Card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="205" />
        <source>Prize</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="205" />
        <source>Member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="209" />
        <source>Verify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="223" />
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="230" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="230" />
        <source>Took part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="230" />
        <source>Draw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="231" />
        <source>Winners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="232" />
        <source>Earlier draws</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="270" />
        <source>A seed is a whole number from 0 to %1, or leave it empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="312" />
        <source>%1 — drawn on %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/manager_dialogs.py" line="314" />
        <source>%n member(s) took part.</source>
        <translation>
            <numerusform>%n member took part.</numerusform><numerusform>%n members took part.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="315" />
        <source>Seed %1 — anyone can re-run this draw with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="317" />
        <source>List digest: %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="336" />
        <source>✓ Re-run: the same members took part and the same winners were drawn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="338" />
        <source>✗ Re-run does not match: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="37" />
        <source>New member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="37" />
        <source>Edit member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="55" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="58" />
        <source>First name *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="58" />
        <source>Patronymic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="59" />
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="59" />
        <source>Phone *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="60" />
        <source>Birthday (dd.mm.yyyy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="60" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="61" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="75" />
        <source>Agrees to processing of personal data (required)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="76" />
        <source>SMS offers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="77" />
        <source>E-mail offers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="81" />
        <source>Welcome gift: %1 points on the new card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="88" />
        <source>Enrol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="109" />
        <source>Referred by (phone or card)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="135" />
        <source>the new member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="136" />
        <source>Both of you get points when %1 makes a first purchase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="140" />
        <source>Referred by %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="155" />
        <source>Enter the date as dd.mm.yyyy, e.g. 07.03.1985.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/enrol_dialog.py" line="161" />
        <source>%n members match: enter the whole phone or scan the card.</source>
        <translation>
            <numerusform>%n member matches: enter the whole phone or scan the card.</numerusform><numerusform>%n members match: enter the whole phone or scan the card.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="184" />
        <source>Open this member</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="76" />
        <location filename="../../app/ui/export_dialog.py" line="162" />
        <source>Export data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="85" />
        <source>All members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="85" />
        <source>All purchases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="86" />
        <source>Points ledger (every change of points)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="89" />
        <source>CSV (spreadsheets, UTF-8)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="90" />
        <source>Excel workbook (XLSX)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="91" />
        <source>JSON (for other programs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="94" />
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="99" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="100" />
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="101" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="102" />
        <source>Every row is exported, in the till's local time. The file holds customers' personal data and staff notes: keep it safe. Erased members appear without their personal data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="110" />
        <source>Export (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="113" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="141" />
        <source>Export to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="155" />
        <source>Choose a file to write to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="160" />
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="180" />
        <source>Exporting: %1 of %2 rows…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="161" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="185" />
        <source>Export cancelled: no file was written.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/export_dialog.py" line="187" />
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform><numerusform>Exported %n rows to %1.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="194" />
        <source>The export failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GiftDialog</name>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="186" />
        <source>Gift for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="200" />
        <source>A gift given silently earns no thanks. Record it, then say it out loud.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="206" />
        <source>Give (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="209" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="224" />
        <source>Say it out loud:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="233" />
        <source>Said it ✓</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/gift_dialog.py" line="277" />
        <source>Balance now: %n point(s)</source>
        <translation>
            <numerusform>Balance now: %n point</numerusform><numerusform>Balance now: %n points</numerusform></translation>
    </message>
</context>
<context>
    <name>GiftFields</name>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="105" />
        <source>e.g. a large cappuccino instead of a medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="118" />
        <source>Choose why…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="136" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="137" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="138" />
        <source>Value to the shop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="140" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="142" />
        <source>Points as well</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Gifts</name>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="49" />
        <source>Size or class upgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="50" />
        <source>Extra item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="51" />
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="52" />
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="57" />
        <source>Out of stock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="58" />
        <source>Waited too long</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="59" />
        <source>Complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="60" />
        <source>Birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="61" />
        <source>Tier perk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="62" />
        <source>Just because</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GiftsReportDialog</name>
    <message>
        <location filename="../../app/ui/care_reports.py" line="98" />
        <source>Gifts given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="111" />
        <source>Show (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="114" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="116" />
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="124" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="124" />
        <location filename="../../app/ui/care_reports.py" line="125" />
        <source>Gifts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="124" />
        <location filename="../../app/ui/care_reports.py" line="125" />
        <source>Cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="125" />
        <source>Cashier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="127" />
        <source>By reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="128" />
        <source>By cashier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="130" />
        <source>“Others”: members who bought in the same period and got no gift, counted from their first purchase in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="157" />
        <source>%1%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="162" />
        <source>The period ends before it starts.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/care_reports.py" line="173" />
        <source>%n gift(s)</source>
        <translation>
            <numerusform>%n gift</numerusform><numerusform>%n gifts</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="174" />
        <source>cost %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/care_reports.py" line="175" />
        <source>%n point(s) given</source>
        <translation>
            <numerusform>%n point given</numerusform><numerusform>%n points given</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="176" />
        <source>Said out loud: %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="186" />
        <source>Came back within %1 days: too early to tell.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="188" />
        <source>Came back within %1 days: %2 of gifted members (too early to tell for the others)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="191" />
        <source>Came back within %1 days: %3 of members without a gift (too early to tell for the gifted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="194" />
        <source>Came back within %1 days: %2 of gifted members vs %3 of others</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="204" />
        <source>Total</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HealthDialog</name>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="421" />
        <source>Program health</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="429" />
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="429" />
        <source>Threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="429" />
        <source>Members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="430" />
        <source>Share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="430" />
        <source>Reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="431" />
        <source>Took them (median)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="431" />
        <source>Median member needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="434" />
        <source>“Took them”: among members who reached the tier, the median time from enrolment. “Median member needs”: at the earning pace of the median member enrolled for a month or more.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/manager_dialogs.py" line="452" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/manager_dialogs.py" line="454" />
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform><numerusform>%n months</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/manager_dialogs.py" line="457" />
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform><numerusform>%n years</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="458" />
        <source>%1 years</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/manager_dialogs.py" line="464" />
        <source>%n member(s).</source>
        <translation>
            <numerusform>%n member.</numerusform><numerusform>%n members.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="465" />
        <source>The median member earns about %1 qualifying points a month.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="473" />
        <source>from the start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="483" />
        <source>The top tier is out of reach: the median member would need %1. Aim for two to three.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="486" />
        <source>The top tier is too easy: the median member reaches it in %1, under six months. Aim for two to three years.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="489" />
        <source>The first step takes more than three months: newcomers need a first win within weeks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="491" />
        <source>The median member needs %1 to reach %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="494" />
        <source>Not enough data yet: the pace is measured on members enrolled for a month or more who have earned points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="511" />
        <source>The ladder looks well tuned: the median member reaches %1 in %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="133" />
        <source>Import members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="152" />
        <source>Choose file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="153" />
        <source>A CSV or XLSX file exported from the old system.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="182" />
        <source>First rows of the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="189" />
        <source>Which column is which</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="208" />
        <source>How</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="210" />
        <source>Skip them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="211" />
        <source>Merge: fill empty fields, add the points once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="213" />
        <source>All or nothing: one bad row stops the import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="214" />
        <source>Valid rows only: leave the rejected rows out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="217" />
        <source>Already a member (same phone or card):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="219" />
        <source>Rows with problems:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="249" />
        <source>Check (dry run)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="251" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="252" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="229" />
        <location filename="../../app/ui/import_dialog.py" line="297" />
        <source>Check the file first: nothing is saved until you import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="234" />
        <source>Row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="234" />
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="234" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="55" />
        <location filename="../../app/ui/import_dialog.py" line="235" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="50" />
        <source>Full name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="51" />
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="52" />
        <source>Patronymic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="53" />
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="54" />
        <source>Mobile phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="56" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="57" />
        <source>Card number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="58" />
        <source>Points balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="59" />
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="60" />
        <source>Enrolment date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="61" />
        <source>Birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="62" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="63" />
        <source>Consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="70" />
        <source>Windows-1251 (Cyrillic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="71" />
        <source>Windows-1252 (Western European)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="72" />
        <source>KOI8-R (Cyrillic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="73" />
        <source>CP866 (DOS Cyrillic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="74" />
        <source>Windows-1250 (Central European)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="75" />
        <source>Windows-1257 (Baltic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="179" />
        <source>Encoding:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="235" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="242" />
        <source>Dry run report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="275" />
        <source>Choose the export file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="276" />
        <source>Tables (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="290" />
        <source>%1 (%2): %n row(s)</source>
        <translation>
            <numerusform>%1 (%2): %n row</numerusform><numerusform>%1 (%2): %n rows</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="311" />
        <source>An Excel file carries its own encoding.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="313" />
        <source>Read as you chose.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="315" />
        <source>Detected. If the names look wrong, choose another encoding.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="348" />
        <source>— not in the file —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="398" />
        <source>Checking the rows…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="398" />
        <source>Importing members…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="399" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="439" />
        <source>The import failed and nothing was saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="448" />
        <source>All or nothing would refuse: choose 'valid rows only' or fix the file.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="453" />
        <source>Nothing was imported: %n row(s) rejected.</source>
        <translation>
            <numerusform>Nothing was imported: %n row rejected.</numerusform><numerusform>Nothing was imported: %n rows rejected.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="458" />
        <source>Done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="462" />
        <source>Would import %1, merge %2, skip %3, reject %4; opening points %5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="464" />
        <source>Imported %1, merged %2, skipped %3, rejected %4; opening points %5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="471" />
        <source>import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="471" />
        <source>merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="472" />
        <source>skip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="472" />
        <source>reject</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="26" />
        <source>Create the owner's account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="27" />
        <source>Who is at the till?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="35" />
        <source>Regulars is used behind a PIN. The first account is the owner's: it sets up the program, the staff and backups.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="40" />
        <source>Your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="42" />
        <source>Choose your name and type your PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="50" />
        <source>4 to 8 digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="51" />
        <source>PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="57" />
        <source>PIN again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="64" />
        <source>Create and sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="64" />
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="84" />
        <source>The two PINs differ.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../app/ui/main.py" line="40" />
        <source>Something went wrong. Nothing half-done was saved. Details are in the log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="90" />
        <source>Manage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="117" />
        <source>Reports…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="119" />
        <source>Loyalty program…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="121" />
        <source>Prize draw…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="123" />
        <source>Charity totals…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="125" />
        <source>Program health…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="127" />
        <source>Gifts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="129" />
        <source>Complaints…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="131" />
        <source>Member cards: design…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="133" />
        <source>Print member cards…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="135" />
        <source>Staff…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="137" />
        <source>Audit trail…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="139" />
        <source>Backups…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="141" />
        <source>Import members…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="143" />
        <source>Export data…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <location filename="../../app/ui/member_panel.py" line="86" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="86" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="86" />
        <source>Earned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="86" />
        <source>Redeemed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="93" />
        <source>Last visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="134" />
        <source>Find a member: type a name or the last digits of the phone, or scan the card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="144" />
        <source>Today: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="157" />
        <source>Perks: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/member_panel.py" line="161" />
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform><numerusform>%n points</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/member_panel.py" line="165" />
        <source>%n point(s) to %1</source>
        <translation>
            <numerusform>%n point to %1</numerusform><numerusform>%n points to %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="168" />
        <source>Top tier reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="146" />
        <source>Notes: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/member_panel.py" line="172" />
        <source>Keep %1: %n point(s) by %2</source>
        <translation>
            <numerusform>Keep %1: %n point by %2</numerusform><numerusform>Keep %1: %n points by %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/member_panel.py" line="179" />
        <source>%n point(s) expire on %1</source>
        <translation>
            <numerusform>%n point expires on %1</numerusform><numerusform>%n points expire on %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="184" />
        <source>card %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/member_panel.py" line="185" />
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform><numerusform>%n visits</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="187" />
        <source>friend of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="194" />
        <source>d MMM yyyy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="194" />
        <source>d MMM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="217" />
        <source>%1: %2 of %3 — %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="232" />
        <source>Give: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="247" />
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
        <source>Backups here are of the SQLite file; back up a PostgreSQL server with pg_dump.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="30" />
        <source>The backup could not be written: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="31" />
        <source>This file cannot be restored: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="32" />
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="33" />
        <source>The database cannot be written (it is read-only): nothing was saved. Ask the owner to check the file or drive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="34" />
        <source>The database file is damaged: nothing was saved. Ask the owner to restore the latest backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="35" />
        <source>The database is busy with another till: nothing was saved. Try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="36" />
        <source>The database could not be read or written (a disk or network error): nothing was saved. Try again; if it repeats, call the owner.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="37" />
        <source>No such purchase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="38" />
        <source>The period must start on or before its end.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="39" />
        <source>Give the draw a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="40" />
        <source>List at least one prize, one per line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="41" />
        <source>Set the points a member needs, at least 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="42" />
        <source>Choose a period that ends after it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="43" />
        <source>Nobody meets these conditions: lower the points or widen the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="44" />
        <source>No such draw.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="45" />
        <source>Each threshold must be higher than the one before.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="46" />
        <source>The earn rate is a percent from 0 to 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="47" />
        <source>This cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="48" />
        <source>The first tier starts at 0 qualifying points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="49" />
        <source>A campaign only ever adds points: a factor above 100 %, an extra above 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="50" />
        <source>The campaign threshold must be lower than the tier's own and higher than the tier below's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="51" />
        <location filename="../../app/ui/messages.py" line="68" />
        <source>There is no such category.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="52" />
        <source>The campaign ends before it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="53" />
        <source>Use lower-case letters, digits and _ for a key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="54" />
        <source>Give the name in Russian and in English.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="55" />
        <source>A colour looks like #3d7ebf.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="56" />
        <source>A set has from 2 to 50 stamps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="57" />
        <source>Say what the full set gives.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="58" />
        <source>Choose one of the options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="59" />
        <source>From 1 to 120 months.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="60" />
        <source>Points must last from 30 days to 10 years (3650 days).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="61" />
        <source>Two entries have the same key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="62" />
        <source>The program needs at least one tier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="63" />
        <source>Enter a whole number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="64" />
        <source>Enter the date as YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="65" />
        <source>There is no such tier; a lowered threshold needs a tier above the first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="66" />
        <source>A point must be worth something.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="67" />
        <source>The parts add up to more than the purchase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="69" />
        <source>Already rewarded today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="70" />
        <source>The program gives no points for this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="71" />
        <source>There is no such action.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="72" />
        <source>Choose a cause.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="73" />
        <source>Donate at least one point.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="74" />
        <source>No such reward.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="75" />
        <source>Nobody found with this phone or card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="76" />
        <source>Say what the gift is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="77" />
        <source>No such gift.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="78" />
        <source>Points cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="79" />
        <source>Write down what happened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="80" />
        <source>Give at least one point.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="81" />
        <source>A discount is from 1 to 100 %.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="82" />
        <source>Open the member to compensate them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="83" />
        <source>Write how it was followed up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="84" />
        <source>No such complaint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="86" />
        <source>Braces must come in pairs: {{name}}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="87" />
        <source>Only {{name}}, {{what}} and {{points}} can be used, not {unknown}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="88" />
        <source>Write the words to say.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="89" />
        <source>A PIN is 4 to 8 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="90" />
        <source>Wrong name or PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="91" />
        <source>Locked after too many wrong PINs; try again in {minutes} min or ask a manager.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="92" />
        <source>Enter the name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="93" />
        <source>Someone already has this name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="94" />
        <source>The owner account already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="95" />
        <source>Sign in first (F12).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="96" />
        <source>This needs a manager: ask one to sign in (F12).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="97" />
        <source>Only the owner can do this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="98" />
        <source>Give the reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="99" />
        <source>Enter the points to add or take (not 0).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="100" />
        <source>The last owner cannot be switched off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="101" />
        <source>No such staff member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="102" />
        <source>A seed is a whole number from 0 to 9223372036854775807.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="103" />
        <source>Give the first and the last day of the campaign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="104" />
        <source>This member no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="105" />
        <source>Choose what to export: members, purchases or ledger.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="106" />
        <source>Choose the format: CSV, XLSX or JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="107" />
        <source>Choose a file to write to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="108" />
        <source>The folder {path} does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="109" />
        <source>The disk is full: {path} was not written. Free some space or choose another disk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="110" />
        <source>No permission to write {path}: choose another folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="111" />
        <source>Could not write {path}: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="113" />
        <source>This card was blocked on {day} and replaced; it belongs to {name}. Press Enter to open the member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="114" />
        <source>This card was blocked and belongs to nobody now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="115" />
        <source>This card number was blocked (a lost card); it is never given again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="116" />
        <source>There are no cards to print in this batch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="117" />
        <source>There is no such tier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="118" />
        <source>Choose which cards to print.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="119" />
        <source>Choose why the card is replaced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="120" />
        <source>Give the shop's name for the card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="121" />
        <source>At most {limit} characters fit on a card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="122" />
        <source>The logo must be a PNG or JPEG image up to 2 MB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="124" />
        <source>The mapping names a column that is not in the file: {column}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="125" />
        <source>Choose the column with the name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="126" />
        <source>Choose the column with the phone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="127" />
        <source>Cannot read {file}: {error}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="128" />
        <source>{file} has no header row.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="129" />
        <source>{file} is not there: moved, renamed or deleted? Choose it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="130" />
        <source>No permission to read {file}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="131" />
        <source>Unknown encoding: {encoding}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="132" />
        <source>The import was cancelled; nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="133" />
        <source>Duplicates are merged or skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="134" />
        <source>No name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="135" />
        <source>No phone number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="136" />
        <source>Bad phone number: {value}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="137" />
        <source>Bad card number: {value}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="138" />
        <source>Bad number of points: {value}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="139" />
        <source>No such tier: {value}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="140" />
        <source>Bad date: {value}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="141" />
        <source>No consent to processing personal data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="142" />
        <source>E-mail {value} looks wrong; left empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="143" />
        <source>The phone and the card belong to two different members.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="144" />
        <source>Already a member (same phone or card).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="145" />
        <source>This card number was replaced after a loss; leave the card empty and a new number is issued.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="146" />
        <source>Same person as row {row}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="147" />
        <source>Opening points were imported for this member before; not added again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="207" />
        <location filename="../../app/ui/staff_dialogs.py" line="299" />
        <source>Personal data — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="208" />
        <source>SMS offers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="210" />
        <source>E-mail offers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="212" />
        <source>Save opt-ins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="213" />
        <source>Export everything held (JSON)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="214" />
        <source>…and as a readable PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="217" />
        <source>Why (e.g. asked at the till on 23.11)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="218" />
        <source>Erase this member…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="222" />
        <source>Erasure removes the name, phone, e-mail, birthday, notes and card number for good; purchases and points stay for the accounts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="246" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="255" />
        <location filename="../../app/ui/staff_dialogs.py" line="274" />
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="260" />
        <location filename="../../app/ui/staff_dialogs.py" line="301" />
        <source>Exported to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="307" />
        <source>Erase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="307" />
        <source>Erase %1 for good? This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProgramEditor</name>
    <message>
        <location filename="../../app/ui/program_editor.py" line="310" />
        <source>Loyalty program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="328" />
        <source>Tier %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="328" />
        <source>Campaign %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="329" />
        <source>Stamp card %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="330" />
        <source>Category %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="330" />
        <source>Cause %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="332" />
        <source>key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="332" />
        <source>name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="332" />
        <source>colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="333" />
        <source>threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="333" />
        <source>earn rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="334" />
        <source>perks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="334" />
        <source>kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="334" />
        <source>starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="335" />
        <source>ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="335" />
        <source>tiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="335" />
        <source>factor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="336" />
        <source>category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="336" />
        <source>extra</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="337" />
        <source>tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="337" />
        <source>stamps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="337" />
        <source>reward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="339" />
        <location filename="../../app/ui/program_editor.py" line="360" />
        <location filename="../../app/ui/program_editor.py" line="448" />
        <source>Tiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="339" />
        <location filename="../../app/ui/program_editor.py" line="362" />
        <source>Campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="340" />
        <location filename="../../app/ui/program_editor.py" line="363" />
        <source>Stamp cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="340" />
        <source>Categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="341" />
        <source>Causes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="341" />
        <location filename="../../app/ui/program_editor.py" line="517" />
        <source>Qualifying window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="342" />
        <source>Qualifying window, months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="343" />
        <source>Welcome bonus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="343" />
        <location filename="../../app/ui/program_editor.py" line="344" />
        <source>Expiry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="344" />
        <source>Expiry, days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="345" />
        <source>Long absence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="346" />
        <source>Point value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="348" />
        <source>Points for a survey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="348" />
        <source>Points for a review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="349" />
        <source>Referral: points for the member who brings a friend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="350" />
        <source>Referral: points for the friend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="351" />
        <source>Birthday points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="352" />
        <source>Apology points for a long wait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="361" />
        <source>General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="364" />
        <source>Help &amp;&amp; charity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="365" />
        <source>Words to say</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="366" />
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="376" />
        <source>Save as a new version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="395" />
        <source>Remove selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="414" />
        <source>Members refer to this key, so it cannot change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="420" />
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="420" />
        <source>Name RU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="421" />
        <source>Name EN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="425" />
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="425" />
        <location filename="../../app/ui/program_editor.py" line="454" />
        <source>Threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="426" />
        <source>Earn %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="427" />
        <source>Perks RU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="427" />
        <source>Perks EN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="428" />
        <source>Thresholds are qualifying points and must rise from 0. A lower threshold upgrades members at once; a higher one demotes nobody before the end of their qualifying period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="431" />
        <source>Add tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="435" />
        <source>Multiplier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="435" />
        <source>Category extra</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="436" />
        <source>Lower threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="446" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="447" />
        <source>Starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="447" />
        <source>Ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="449" />
        <source>Factor %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="450" />
        <location filename="../../app/ui/program_editor.py" line="471" />
        <location filename="../../app/ui/program_editor.py" line="572" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="452" />
        <source>Extra %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="453" />
        <location filename="../../app/ui/program_editor.py" line="569" />
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="462" />
        <source>Dates are YYYY-MM-DD, both days included. Tiers: keys separated by commas, empty for every tier. Factor 200 % gives double points; extra % is of the money spent in the category; a lower threshold applies to the tier chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="467" />
        <source>Add campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="472" />
        <source>— every purchase —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="473" />
        <source>Stamps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="474" />
        <source>Reward RU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="474" />
        <source>Reward EN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="475" />
        <source>Add stamp card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="476" />
        <source>Collect the stamps, get the reward: “6 coffees, the 7th free”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="479" />
        <source>Product categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="481" />
        <source>Add category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="504" />
        <source>Lifetime</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="505" />
        <source>Calendar year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="506" />
        <source>Rolling N months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="510" />
        <source>Never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="511" />
        <source>N days after earning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="512" />
        <source>At the end of the year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="514" />
        <source>Switching expiry on starts the clock today for points already held.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="518" />
        <source>Months (rolling window)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="519" />
        <source>Which earned points count towards a tier. With a window, upgrades apply at once and a downgrade waits for the end of the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="522" />
        <source>Welcome bonus, points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="523" />
        <source>Long absence after, days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="524" />
        <source>Points expire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="525" />
        <source>Days after earning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="544" />
        <source>Causes members can donate points to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="547" />
        <source>Add cause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="570" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="571" />
        <source>Paid with points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="573" />
        <source>Of which in the category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="574" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="577" />
        <source>What would this purchase earn under the rules being edited (nothing is saved).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="590" />
        <source>A gift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="590" />
        <source>A gift with points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="591" />
        <source>Apology points (complaint)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="592" />
        <source>Long wait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="603" />
        <source>{name} is how the member is addressed, {what} the gift, {points} the points with their word ("50 points").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="692" />
        <source>Nothing changed; version %1 stays in force.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/program_editor.py" line="694" />
        <source>Saved as version %1; %n member(s) upgraded</source>
        <translation>
            <numerusform>Saved as version %1; %n member upgraded</numerusform><numerusform>Saved as version %1; %n members upgraded</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="783" />
        <source>— none —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="809" />
        <source>The category part cannot be more than the whole purchase.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/program_editor.py" line="815" />
        <source>Base, %1 at %2 %: %n point(s)</source>
        <translation>
            <numerusform>Base, %1 at %2 %: %n point</numerusform><numerusform>Base, %1 at %2 %: %n points</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/program_editor.py" line="817" />
        <source>%1: +%n point(s)</source>
        <translation>
            <numerusform>%1: +%n point</numerusform><numerusform>%1: +%n points</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="820" />
        <source>No campaign adds points to this purchase.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/program_editor.py" line="821" />
        <source>Total: %n point(s)</source>
        <translation>
            <numerusform>Total: %n point</numerusform><numerusform>Total: %n points</numerusform></translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="49" />
        <source>Purchase — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="72" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="74" />
        <source>Pay with points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="82" />
        <source>Record (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/purchase_dialog.py" line="84" />
        <source>Balance: %n point(s)</source>
        <translation>
            <numerusform>Balance: %n point</numerusform><numerusform>Balance: %n points</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="94" />
        <source>Of which (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="102" />
        <source> pcs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="105" />
        <source>part of the amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="121" />
        <source>%1: %2 of %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/purchase_dialog.py" line="144" />
        <source>at most %n point(s)</source>
        <translation>
            <numerusform>at most %n point</numerusform><numerusform>at most %n points</numerusform></translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <location filename="../../app/ui/recovery.py" line="24" />
        <source>The shop's database cannot be read: the file is damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="26" />
        <source>The latest good backup was taken on %1 (members: %2; checked just now). Restore it? Anything recorded after it will have to be entered again. The damaged file is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="31" />
        <source>No good backup was found beside the database or in the backup folder. If you have one (a USB stick, a share), choose it. Nothing has been changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="38" />
        <source>Restore the latest backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="40" />
        <source>Choose a backup file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="42" />
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../app/ui/report_charts.py" line="45" />
        <location filename="../../app/ui/report_text.py" line="132" />
        <source>Visits and revenue over time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_charts.py" line="49" />
        <location filename="../../app/ui/report_text.py" line="127" />
        <location filename="../../app/ui/report_text.py" line="134" />
        <location filename="../../app/ui/report_text.py" line="139" />
        <source>Revenue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_charts.py" line="50" />
        <location filename="../../app/ui/report_text.py" line="50" />
        <location filename="../../app/ui/report_text.py" line="126" />
        <location filename="../../app/ui/report_text.py" line="133" />
        <location filename="../../app/ui/report_text.py" line="139" />
        <source>Visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_charts.py" line="88" />
        <location filename="../../app/ui/report_text.py" line="145" />
        <source>Members by tier today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_charts.py" line="98" />
        <location filename="../../app/ui/report_text.py" line="37" />
        <location filename="../../app/ui/report_text.py" line="146" />
        <location filename="../../app/ui/report_text.py" line="150" />
        <location filename="../../app/ui/report_text.py" line="155" />
        <source>Members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_files.py" line="49" />
        <source>Period: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_files.py" line="50" />
        <source>Till</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_files.py" line="51" />
        <location filename="../../app/ui/report_text.py" line="163" />
        <location filename="../../app/ui/report_text.py" line="169" />
        <location filename="../../app/ui/report_text.py" line="172" />
        <source>Cashier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_files.py" line="52" />
        <location filename="../../app/ui/report_text.py" line="139" />
        <location filename="../../app/ui/report_text.py" line="146" />
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_files.py" line="54" />
        <source>Filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_files.py" line="56" />
        <source>Made on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_files.py" line="106" />
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="37" />
        <source>Members enrolled and not erased, today. The tier filter counts members by their tier today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="39" />
        <source>New members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="39" />
        <source>Members enrolled in the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="40" />
        <source>Active in 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="43" />
        <source>Active in 90 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="46" />
        <source>Lapsed 90 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="48" />
        <source>Lapsed 180 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="52" />
        <source>Revenue from members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="53" />
        <source>What members paid in the period, refunded purchases taken out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="54" />
        <location filename="../../app/ui/report_text.py" line="140" />
        <source>Average check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="50" />
        <source>Purchases members made in the period, refunded ones too: a refund does not undo a visit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="41" />
        <source>Members whose last purchase was in the last 30 days: today and the 29 days before it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="44" />
        <source>Members whose last purchase was in the last 90 days: today and the 89 days before it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="46" />
        <source>No purchase in the last 90 days (today and the 89 days before it), and enrolled before them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="48" />
        <source>No purchase in the last 180 days (today and the 179 days before it), and enrolled before them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="54" />
        <source>Revenue from members divided by their purchases that were not refunded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="55" />
        <source>Members who bought</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="56" />
        <source>Members with at least one purchase in the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="57" />
        <source>Repeat rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="57" />
        <source>Share of the members who bought in the period who bought twice or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="59" />
        <source>Visits per member per month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="60" />
        <source>Visits divided by the members who bought, divided by the period's length in months.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="62" />
        <source>Refunded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="62" />
        <source>Purchases made in the period and refunded since.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="63" />
        <source>Refunded amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="63" />
        <source>The amount of those refunded purchases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="64" />
        <location filename="../../app/ui/report_text.py" line="134" />
        <source>Points issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="64" />
        <source>Points given in the period in any way: earned, welcome, campaigns, bonuses, gifts. Points a refund returns are not new points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="67" />
        <location filename="../../app/ui/report_text.py" line="135" />
        <source>Points redeemed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="67" />
        <source>Points members paid with in the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="68" />
        <source>Points expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="68" />
        <source>Points that expired unspent in the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="69" />
        <source>Points donated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="69" />
        <source>Points members gave to a cause in the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="70" />
        <source>Points outstanding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="71" />
        <source>All members' balances together, today, net of points owed back after refunds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="73" />
        <source>Liability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="73" />
        <source>The outstanding points in money: what the shop owes if every point is spent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="75" />
        <source>Tier moves up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="75" />
        <source>Members who moved to a higher tier in the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="76" />
        <source>Tier moves down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="77" />
        <source>Members who moved to a lower tier in the period (reviews, refunds).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="101" />
        <source>Earned on purchases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="101" />
        <source>Welcome bonus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="102" />
        <source>Campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="102" />
        <source>Redeemed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="102" />
        <source>Birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="103" />
        <source>Referrals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="103" />
        <source>Surveys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="103" />
        <source>Reviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="104" />
        <location filename="../../app/ui/report_text.py" line="160" />
        <location filename="../../app/ui/report_text.py" line="163" />
        <source>Gifts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="104" />
        <source>Expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="104" />
        <source>Donated to causes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="105" />
        <source>Adjustments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="105" />
        <source>Refunds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="106" />
        <source>Imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="110" />
        <source>No compensation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="110" />
        <source>Apology points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="111" />
        <source>A gift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="111" />
        <source>Discount next time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="119" />
        <source>Month %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="126" />
        <source>Member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="126" />
        <source>Card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="129" />
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="129" />
        <source>Figure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="129" />
        <location filename="../../app/ui/report_text.py" line="160" />
        <location filename="../../app/ui/report_text.py" line="163" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="130" />
        <source>Definition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="133" />
        <location filename="../../app/ui/report_text.py" line="150" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="133" />
        <location filename="../../app/ui/report_text.py" line="150" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="138" />
        <source>Average check by tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="142" />
        <source>Points by kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="143" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="143" />
        <source>Points in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="143" />
        <source>Points out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="146" />
        <source>Share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="149" />
        <source>Tier moves in the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="151" />
        <source>Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="152" />
        <source>up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="152" />
        <source>down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="154" />
        <source>Retention by enrolment month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="155" />
        <source>Enrolled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="157" />
        <source>Share of each month's new members who bought in the month after enrolment shown by the column (month 0: the month they enrolled).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="159" />
        <source>Gifts by reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="160" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="161" />
        <location filename="../../app/ui/report_text.py" line="164" />
        <location filename="../../app/ui/report_text.py" line="167" />
        <location filename="../../app/ui/report_text.py" line="170" />
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="162" />
        <source>Gifts by cashier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="165" />
        <source>Complaints by compensation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="166" />
        <source>Compensation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="166" />
        <location filename="../../app/ui/report_text.py" line="169" />
        <source>Complaints</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="168" />
        <source>Complaints by cashier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="171" />
        <source>Staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="172" />
        <source>Enrolments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="173" />
        <source>Purchases recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="173" />
        <source>Gifts given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="175" />
        <source>Top members by revenue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="177" />
        <source>Top members by visits</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="135" />
        <location filename="../../app/ui/reports_dialog.py" line="291" />
        <location filename="../../app/ui/reports_dialog.py" line="361" />
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="160" />
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="162" />
        <source>Points and tiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="163" />
        <source>Cohorts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="165" />
        <source>Gifts and complaints</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="167" />
        <source>Staff and top members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="171" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="171" />
        <source>This week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="172" />
        <source>This month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="172" />
        <source>This quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="173" />
        <source>This year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="173" />
        <source>Custom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="185" />
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="192" />
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="192" />
        <source>from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="193" />
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="193" />
        <source>Till</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="194" />
        <source>Cashier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="194" />
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="224" />
        <source>By day or month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="224" />
        <source>By tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="260" />
        <source>All tills</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="261" />
        <source>All cashiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="262" />
        <source>All tiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="288" />
        <source>Preparing the reports for the first time: every purchase and ledger row is added up once. In a large shop this takes a few minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="290" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="303" />
        <source>Preparing the reports…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="315" />
        <source>Stopping…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="328" />
        <source>Reports were not prepared; nothing was changed. Open Reports again to prepare them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="340" />
        <source>Counting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="361" />
        <source>The report could not be made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="384" />
        <source>Counting top members…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="440" />
        <location filename="../../app/ui/reports_dialog.py" line="449" />
        <source>Export report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="450" />
        <source>The file could not be written: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="55" />
        <source>Staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="57" />
        <location filename="../../app/ui/staff_dialogs.py" line="76" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="57" />
        <location filename="../../app/ui/staff_dialogs.py" line="78" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="57" />
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="58" />
        <source>Locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="65" />
        <source>Cashier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="65" />
        <source>Manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="66" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="69" />
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="70" />
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="71" />
        <source>Switch on/off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="72" />
        <source>Set this PIN for the selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="77" />
        <source>PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="100" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="100" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="101" />
        <source>locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="124" />
        <source>Added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="129" />
        <source>Unlocked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="136" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="142" />
        <source>PIN changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TillWindow</name>
    <message>
        <location filename="../../app/ui/till_window.py" line="53" />
        <source>Regulars — till</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="76" />
        <source>Name, last digits of the phone, or scan a card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="123" />
        <source>Purchase  F5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="124" />
        <source>New member  F2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="125" />
        <source>Pay with points  F6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="126" />
        <source>Edit  F4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="127" />
        <source>Next customer  Esc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="130" />
        <source>Donate points  F9</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="136" />
        <source>Member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="137" />
        <source>Gift…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="138" />
        <source>Long wait: apology points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="139" />
        <source>Complaint…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="140" />
        <source>Personal data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="145" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="158" />
        <source>The language changes when Regulars is started again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="203" />
        <source>Nobody found. F2 enrols a new member.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/till_window.py" line="205" />
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform><numerusform>%n found</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="278" />
        <source>Survey +%1  F7</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="279" />
        <source>Review +%1  F8</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/till_window.py" line="308" />
        <source>Paid with %n point(s).</source>
        <translation>
            <numerusform>Paid with %n point.</numerusform><numerusform>Paid with %n points.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="309" />
        <source>+%1 points, balance %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="314" />
        <source>Full card! Give: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="316" />
        <source>🎉 New status: %1!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="327" />
        <source>Birthday bonus: +%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="330" />
        <source>%2 gets +%1 for bringing a friend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="331" />
        <source>The friend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="333" />
        <source>Friend bonus: +%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="373" />
        <source>Already handed over.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="425" />
        <source>Welcome! %1 points are already on the card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="436" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="442" />
        <source>Print the card…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="443" />
        <source>Lost card: new number…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="468" />
        <source>Lost card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="469" />
        <source>Block card %1 and give %2 a new card number? Points, status and history stay with the member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="480" />
        <source>New card number: %1. The old card is blocked. Print the new card: Member → Print the card.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>prompt</name>
    <message>
        <location filename="../../app/ui/recovery.py" line="60" />
        <source>Choose a backup file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="62" />
        <source>Regulars backups (*.sqlite3);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="70" />
        <source>This file cannot be restored: %1</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>