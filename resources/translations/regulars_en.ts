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
        <location filename="../../app/ui/login_dialog.py" line="34" />
        <source>Regulars is used behind a PIN. The first account is the owner's: it sets up the program, the staff and backups.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="39" />
        <source>Your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="41" />
        <source>Choose your name and type your PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="49" />
        <source>4 to 8 digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="50" />
        <source>PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="56" />
        <source>PIN again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="63" />
        <source>Create and sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="63" />
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="83" />
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
        <location filename="../../app/ui/main.py" line="111" />
        <source>Loyalty program…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="113" />
        <source>Prize draw…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="115" />
        <source>Charity totals…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="117" />
        <source>Program health…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="119" />
        <source>Gifts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="121" />
        <source>Complaints…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="123" />
        <source>Staff…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="125" />
        <source>Audit trail…</source>
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
        <source>No such purchase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="30" />
        <source>Give the draw a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="31" />
        <source>List at least one prize, one per line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="32" />
        <source>Set the points a member needs, at least 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="33" />
        <source>Choose a period that ends after it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="34" />
        <source>Nobody meets these conditions: lower the points or widen the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="35" />
        <source>No such draw.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="36" />
        <source>Each threshold must be higher than the one before.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="37" />
        <source>The earn rate is a percent from 0 to 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="38" />
        <source>This cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="39" />
        <source>The first tier starts at 0 qualifying points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="40" />
        <source>A campaign only ever adds points: a factor above 100 %, an extra above 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="41" />
        <source>The campaign threshold must be lower than the tier's own and higher than the tier below's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="42" />
        <location filename="../../app/ui/messages.py" line="59" />
        <source>There is no such category.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="43" />
        <source>The campaign ends before it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="44" />
        <source>Use lower-case letters, digits and _ for a key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="45" />
        <source>Give the name in Russian and in English.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="46" />
        <source>A colour looks like #3d7ebf.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="47" />
        <source>A set has from 2 to 50 stamps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="48" />
        <source>Say what the full set gives.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="49" />
        <source>Choose one of the options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="50" />
        <source>From 1 to 120 months.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="51" />
        <source>Points must last from 30 days to 10 years (3650 days).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="52" />
        <source>Two entries have the same key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="53" />
        <source>The program needs at least one tier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="54" />
        <source>Enter a whole number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="55" />
        <source>Enter the date as YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="56" />
        <source>There is no such tier; a lowered threshold needs a tier above the first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="57" />
        <source>A point must be worth something.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="58" />
        <source>The parts add up to more than the purchase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="60" />
        <source>Already rewarded today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="61" />
        <source>The program gives no points for this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="62" />
        <source>There is no such action.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="63" />
        <source>Choose a cause.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="64" />
        <source>Donate at least one point.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="65" />
        <source>No such reward.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="66" />
        <source>Nobody found with this phone or card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="67" />
        <source>Say what the gift is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="68" />
        <source>No such gift.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="69" />
        <source>Points cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="70" />
        <source>Write down what happened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="71" />
        <source>Give at least one point.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="72" />
        <source>A discount is from 1 to 100 %.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="73" />
        <source>Open the member to compensate them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="74" />
        <source>Write how it was followed up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="75" />
        <source>No such complaint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="77" />
        <source>Braces must come in pairs: {{name}}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="78" />
        <source>Only {{name}}, {{what}} and {{points}} can be used, not {unknown}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="79" />
        <source>Write the words to say.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="80" />
        <source>A PIN is 4 to 8 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="81" />
        <source>Wrong name or PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="82" />
        <source>Locked after too many wrong PINs; try again in {minutes} min or ask a manager.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="83" />
        <source>Enter the name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="84" />
        <source>Someone already has this name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="85" />
        <source>The owner account already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="86" />
        <source>Sign in first (F12).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="87" />
        <source>This needs a manager: ask one to sign in (F12).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="88" />
        <source>Only the owner can do this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="89" />
        <source>Give the reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="90" />
        <source>Enter the points to add or take (not 0).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="91" />
        <source>The last owner cannot be switched off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="92" />
        <source>No such staff member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="93" />
        <source>A seed is a whole number from 0 to 9223372036854775807.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="94" />
        <source>Give the first and the last day of the campaign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="95" />
        <source>This member no longer exists.</source>
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
        <location filename="../../app/ui/till_window.py" line="47" />
        <source>Regulars — till</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="70" />
        <source>Name, last digits of the phone, or scan a card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="117" />
        <source>Purchase  F5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="118" />
        <source>New member  F2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="119" />
        <source>Pay with points  F6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="120" />
        <source>Edit  F4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="121" />
        <source>Next customer  Esc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="124" />
        <source>Donate points  F9</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="130" />
        <source>Member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="131" />
        <source>Gift…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="132" />
        <source>Long wait: apology points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="133" />
        <source>Complaint…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="134" />
        <source>Personal data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="138" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="151" />
        <source>The language changes when Regulars is started again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="196" />
        <source>Nobody found. F2 enrols a new member.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/till_window.py" line="198" />
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform><numerusform>%n found</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="268" />
        <source>Survey +%1  F7</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="269" />
        <source>Review +%1  F8</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/till_window.py" line="298" />
        <source>Paid with %n point(s).</source>
        <translation>
            <numerusform>Paid with %n point.</numerusform><numerusform>Paid with %n points.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="299" />
        <source>+%1 points, balance %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="304" />
        <source>Full card! Give: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="306" />
        <source>🎉 New status: %1!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="317" />
        <source>Birthday bonus: +%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="320" />
        <source>%2 gets +%1 for bringing a friend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="321" />
        <source>The friend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="323" />
        <source>Friend bonus: +%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="363" />
        <source>Already handed over.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="415" />
        <source>Welcome! %1 points are already on the card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="426" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>