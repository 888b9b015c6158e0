import csv
import json

from app.services.dto import MemberInput
from app.ui.login_dialog import LoginDialog
from app.ui.staff_dialogs import AuditDialog, PrivacyDialog, StaffDialog


def test_first_run_creates_the_owner_and_signs_in(qtbot, terminal):
    dialog = LoginDialog(terminal)
    qtbot.addWidget(dialog)
    assert dialog.first_run
    qtbot.keyClicks(dialog.name, "Olga")
    qtbot.keyClicks(dialog.pin, "1234")
    qtbot.keyClicks(dialog.pin_again, "1243")
    dialog.submit()
    assert dialog.error.text() == "The two PINs differ." and not terminal.has_staff()
    qtbot.keyClicks(dialog.pin, "1234")
    qtbot.keyClicks(dialog.pin_again, "1234")
    dialog.submit()
    assert terminal.ctx.staff.name == "Olga" and terminal.ctx.role == "owner"


def test_wrong_pin_is_refused_clearly(qtbot, terminal):
    terminal.create_owner("Olga", "1234")
    terminal.lock()
    dialog = LoginDialog(terminal)
    qtbot.addWidget(dialog)
    assert [dialog.name.itemText(i) for i in range(dialog.name.count())] == ["Olga"]
    qtbot.keyClicks(dialog.pin, "9999")
    dialog.submit()
    assert not dialog.error.isHidden() and dialog.error.text() == "Wrong name or PIN."
    assert terminal.ctx.staff is None


def test_owner_adds_a_cashier_and_a_manager_unlocks_them(qtbot, terminal):
    terminal.create_owner("Olga", "1234")
    dialog = StaffDialog(terminal)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Masha")
    qtbot.keyClicks(dialog.pin, "12")
    dialog.add()
    assert dialog.error.text() == "A PIN is 4 to 8 digits."
    dialog.pin.setText("1111")
    dialog.add()
    assert [dialog.table.item(i, 0).text() for i in range(dialog.table.rowCount())] == ["Masha", "Olga"]
    assert dialog.table.item(0, 1).text() == "Cashier"


def test_audit_dialog_lists_and_exports(qtbot, terminal, tmp_path):
    terminal.create_owner("Olga", "1234")
    terminal.add_staff("Masha", "1111", "cashier")
    dialog = AuditDialog(terminal)
    qtbot.addWidget(dialog)
    actions = [dialog.table.item(i, 2).text() for i in range(dialog.table.rowCount())]
    assert actions.count("staff_added") == 2
    dialog.action.setText("nothing_like_this")
    assert dialog.table.rowCount() == 0
    dialog.action.clear()
    path = dialog.export(str(tmp_path / "audit.csv"))
    rows = list(csv.reader(path.open(encoding="utf-8")))
    assert rows[0] == ["at_utc", "staff", "action", "target", "details"] and len(rows) == 3


def test_privacy_dialog_exports_and_erases(qtbot, terminal, tmp_path):
    mid = terminal.enrol(MemberInput(first_name="Zina", phone="+79165551234", consent=True,
                                     sms_opt_in=True))
    dialog = PrivacyDialog(terminal, terminal.member(mid))
    qtbot.addWidget(dialog)
    dialog.sms.setChecked(False)
    dialog.save_opt_ins()
    assert terminal.member(mid).sms_opt_in is False
    data = json.loads(dialog.export(str(tmp_path / "zina.json")).read_text(encoding="utf-8"))
    assert data["member"]["first_name"] == "Zina"
    dialog.erase(confirmed=True)
    assert dialog.error.text() == "Give the reason."
    dialog.reason.setText("asked at the till")
    dialog.erase(confirmed=True)
    assert dialog.erased and terminal.search("Zina") == []


def test_subject_access_pdf_is_readable_and_holds_only_this_member(qtbot, terminal, tmp_path):
    import uuid

    from pypdf import PdfReader
    zina = terminal.enrol(MemberInput(first_name="Zina", last_name="Prokhorenko",
                                      phone="+79165551234", consent=True))
    other = terminal.enrol(MemberInput(first_name="Boris", phone="+79160000022", consent=True))
    terminal.record_purchase(uuid.uuid4(), zina, 123400)
    terminal.record_purchase(uuid.uuid4(), other, 999900)
    dialog = PrivacyDialog(terminal, terminal.member(zina))
    qtbot.addWidget(dialog)
    path = dialog.export_pdf(str(tmp_path / "zina.pdf"))
    text = "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
    assert "Zina" in text and "Prokhorenko" in text and "+79165551234" in text
    assert "123400" in text
    assert "Boris" not in text and "999900" not in text
