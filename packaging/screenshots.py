"""Grab the README screenshots from the real widgets, offscreen.

    QT_QPA_PLATFORM=offscreen python packaging/screenshots.py [en ru lv] [--out FOLDER]

Without languages: English and Russian (the README's); ``lv`` shoots a Riga shop (euros,
Latvian tier names, a Latvian member) at 1366x768.
"""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QLibraryInfo, QTranslator  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.bootstrap import open_app  # noqa: E402
from app.services.context import SYSTEM  # noqa: E402
from app.services.dto import MemberInput  # noqa: E402
from app.ui.enrol_dialog import EnrolDialog  # noqa: E402
from app.ui.main import compiled_translation, make_window  # noqa: E402
from app.ui.purchase_dialog import PurchaseDialog  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
# Who is on the screen in each language: the member, the staff, the words typed.
PEOPLE = {
    "ru": {"member": ("Иван", "Иванович", "Смирнов"), "phone": "+7 916 123-45-67",
           "notes": "Любит овсяное молоко", "search": "4567", "new": "Пётр",
           "typed_phone": "8 916 123 45 67", "staff": ("Ольга", "Марина", "Дмитрий", "Светлана"),
           "returned": "Вернули одну пачку кофе"},
    "en": {"member": ("Иван", "Иванович", "Смирнов"), "phone": "+7 916 123-45-67",
           "notes": "Prefers oat milk", "search": "4567", "new": "Peter",
           "typed_phone": "8 916 123 45 67", "staff": ("Olga", "Marina", "Dmitry", "Svetlana"),
           "returned": "One bag of coffee returned"},
    "lv": {"member": ("Jānis", "", "Bērziņš"), "phone": "+371 2012 3456",
           "notes": "Dod priekšroku auzu pienam", "search": "3456", "new": "Pēteris",
           "typed_phone": "+371 2012 3456", "staff": ("Ilze", "Marta", "Andris", "Līga"),
           "returned": "Atdots viens kafijas iepakojums"},
}


def shoot(lang: str, qt_app: QApplication) -> None:
    from app.ui.formats import use_language
    use_language(lang)  # numbers, money and dates as the till writes them (main.install_translator)
    translator, qt_own = QTranslator(), QTranslator()
    translator.load(str(compiled_translation(lang)))
    qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qt_app.installTranslator(translator)
    qt_app.installTranslator(qt_own)
    app = open_app(str(Path(tempfile.mkdtemp()) / "shots.sqlite3"), lang, acting=SYSTEM)
    t, who = app.terminal, PEOPLE[lang]
    if lang == "lv":
        _riga_program(t)
    t.admin.add_demo_members(300, seed=1)
    first, patronymic, last = who["member"]
    mid = t.till.enrol(MemberInput(first_name=first, patronymic=patronymic, last_name=last,
                                   phone=who["phone"], consent=True, notes=who["notes"]))
    import uuid

    from app.domain.program import Line
    for amount, coffees in ((4_800_000, 3), (2_300_000, 2)):
        t.till.record_purchase(uuid.uuid4(), mid, amount, lines=(Line("coffee", 60000, coffees),))
    window = make_window(t)
    window.resize(1366, 768)
    window.show()
    window.search.setText(who["search"])
    window.finder.run_search()
    window.show_member(mid)
    qt_app.processEvents()
    window.grab().save(str(OUT / f"till-{lang}.png"))
    from app.domain.giving import Verification
    scanned = Verification("card", card=t.till.member(mid).card_number)
    result = t.till.record_purchase(uuid.uuid4(), mid, 1_250_000, 300, verification=scanned)
    window.after_purchase(result)
    qt_app.processEvents()
    window.grab().save(str(OUT / f"purchase-done-{lang}.png"))
    dialog = PurchaseDialog(t, t.till.member(mid), window)
    dialog.amount.setText("1250")
    dialog.receipt.setText("R-1047")
    dialog.redeem.setText("200")
    dialog.show()
    qt_app.processEvents()
    dialog.grab().save(str(OUT / f"purchase-{lang}.png"))
    enrol = EnrolDialog(t, window, phone=who["typed_phone"])
    enrol.inputs["first_name"].setText(who["new"])
    enrol.consent.setChecked(True)
    enrol.show()
    enrol._submit()
    qt_app.processEvents()
    enrol.grab().save(str(OUT / f"enrol-duplicate-{lang}.png"))
    from app.ui.customer_display import CustomerDisplay
    display = CustomerDisplay(t.program.name)
    display.resize(*((1366, 768) if lang == "lv" else (900, 560)))  # lv: the brief's screen
    display.show_member(t.till.member(mid))
    display.show()
    qt_app.processEvents()
    display.grab().save(str(OUT / f"customer-{lang}.png"))
    from app.ui.program_editor import ProgramEditor
    editor = ProgramEditor(t, window)
    editor.resize(1024, 700)
    editor.show()
    qt_app.processEvents()
    editor.grab().save(str(OUT / f"program-{lang}.png"))
    from app.ui.reports_dialog import ReportsDialog
    reports = ReportsDialog(t, window)
    reports.period.setCurrentIndex(reports.period.findData("year"))
    reports.show()
    import time
    deadline = time.monotonic() + 30
    while (reports.report is None or reports.busy.text()) and time.monotonic() < deadline:
        qt_app.processEvents()
        time.sleep(0.02)
    reports.grab().save(str(OUT / f"reports-{lang}.png"))
    _staff_and_refund(t, mid, window, lang, qt_app)
    qt_app.removeEventFilter(window.scanner)
    qt_app.removeTranslator(translator)
    qt_app.removeTranslator(qt_own)


def _riga_program(t) -> None:
    data = t.program.to_dict()
    data["currency"] = "EUR"  # a Riga shop: the shipped program (its Latvian names) in euros
    t.admin.save_program(data)


def _staff_and_refund(t, mid, window, lang: str, qt_app: QApplication) -> None:
    """The sign-in list with the whole staff, and the manager's refund of a purchase."""
    import uuid

    from app.ui.login_dialog import LoginDialog
    from app.ui.refund_dialog import RefundDialog
    names = PEOPLE[lang]["staff"]
    t.sign_in.create_owner(names[0], "1234")
    for name, role in zip(names[1:], ("manager", "cashier", "cashier"), strict=True):
        t.admin.add_staff(name, "2468", role)
    t.sign_in.lock()
    login = LoginDialog(t.sign_in, window)
    login.show()
    qt_app.processEvents()
    login.grab().save(str(OUT / f"sign-in-{lang}.png"))
    login.close()
    t.sign_in.login(names[1], "2468")
    t.till.record_purchase(uuid.uuid4(), mid, 349_000, receipt_number="R-1052")
    refund = RefundDialog(t, window, member=t.till.member(mid))
    refund.resize(1000, 640)
    refund.show()
    qt_app.processEvents()
    refund.table.selectRow(0)
    refund.amount.setText("1200")
    refund.reason.setText(PEOPLE[lang]["returned"])
    qt_app.processEvents()
    refund.grab().save(str(OUT / f"refund-{lang}.png"))
    refund.close()


if __name__ == "__main__":
    args = sys.argv[1:]
    if "--out" in args:
        at = args.index("--out")
        OUT = Path(args[at + 1]).resolve()
        del args[at:at + 2]
    qt = QApplication([])
    OUT.mkdir(parents=True, exist_ok=True)
    for language in args or ("en", "ru"):
        shoot(language, qt)
