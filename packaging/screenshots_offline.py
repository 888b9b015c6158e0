"""Screenshots of the till serving while the shop's server is away (issue #17), RU and EN,
into docs/screenshots: the server is a SQLite file and "away" is the storage error the
unit of work raises, so no PostgreSQL is needed. Run from the checkout."""
import os
import sys
import tempfile
import uuid
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.getcwd())
from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtWidgets import QApplication
from sqlalchemy import update

from app.bootstrap import open_app
from app.db.models import OutboxRow
from app.services.context import SYSTEM
from app.services.dto import MemberInput
from app.services.offline_till import OfflineTill
from app.services.storage import AWAY, StorageError
from app.ui.formats import use_language
from app.ui.main import compiled_translation, make_window
from app.ui.offline_aside import SetAsideDialog
from app.ui.purchase_dialog import PurchaseDialog

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"

def away():
    raise StorageError("storage_away", AWAY)

def shoot(lang, qt_app):
    use_language(lang)
    tr, own = QTranslator(qt_app), QTranslator(qt_app)
    tr.load(str(compiled_translation(lang)))
    own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qt_app.installTranslator(tr)
    qt_app.installTranslator(own)
    d = Path(tempfile.mkdtemp())
    server = open_app(str(d / "server.sqlite3"), lang, acting=SYSTEM)
    local = open_app(str(d / "local.sqlite3"), lang, acting=SYSTEM)
    data = MemberInput(first_name="Иван", patronymic="Иванович", last_name="Смирнов",
                       phone="+7 916 123-45-67", consent=True,
                       notes="Любит овсяное молоко" if lang == "ru" else "Prefers oat milk")
    mid = server.terminal.till.enrol(data)
    card = server.terminal.till.member(mid).card_number
    local.terminal.till.enrol(replace(data, card_number=card), mid)
    till = OfflineTill(local.terminal, away)
    for _ in range(16):
        till.record_purchase(uuid.uuid4(), mid, 350_00)
    other = uuid.uuid4()
    till.record_purchase(other, mid, 1_200_00)
    with local.terminal._sessions.begin() as s:  # one the server refused, for the list
        s.execute(update(OutboxRow).where(OutboxRow.client_id == other).values(
            status="aside", reason_code="member_gone", reason="This member no longer exists."))
    window = make_window(server.terminal, offline=lambda _t: till)
    window.resize(1366, 768)
    window.show()
    window.search.setText("Смирнов")
    window.finder.run_search()
    window.show_member(mid)
    result = till.record_purchase(uuid.uuid4(), mid, 1_000_00)
    window.after_purchase(result)
    window.offline_line.refresh()
    qt_app.processEvents()
    window.grab().save(str(OUT / f"till-offline-{lang}.png"))
    dialog = PurchaseDialog(server.terminal, window.current, window, till=window.route)
    dialog.show()
    qt_app.processEvents()
    dialog.grab().save(str(OUT / f"purchase-offline-{lang}.png"))
    dialog.close()
    aside = SetAsideDialog(till.set_aside, local.terminal.ctx, "RUB", window)
    aside.show()
    qt_app.processEvents()
    aside.grab().save(str(OUT / f"set-aside-{lang}.png"))
    aside.close()
    window.close()
    qt_app.removeTranslator(tr)
    qt_app.removeTranslator(own)

qt_app = QApplication(sys.argv[:1])
for lang in ("ru", "en"):
    shoot(lang, qt_app)
print("ok")
