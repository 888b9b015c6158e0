"""The first start on a computer asks this till's name (the computer's offered) and
keeps it; a named computer is not asked again."""

from PySide6.QtCore import Qt, QTimer

from app.bootstrap import open_app
from app.services.context import SYSTEM
from app.services.settings import Settings, default_till_name
from app.ui.till_name_dialog import TillNameDialog, ask_till_name
from tests.ui import drive


def test_the_first_start_asks_the_tills_name_and_keeps_it(qtbot, tmp_path):
    settings = Settings(tmp_path / "settings.json")
    offered = []

    def answer():
        dialog = drive.visible_dialog(TillNameDialog, qtbot)
        offered.append(dialog.chosen())
        drive.type_into(qtbot, dialog.name, "Front counter", clear=True)
        drive.press(qtbot, dialog.name, Qt.Key.Key_Return)
    QTimer.singleShot(0, answer)
    ask_till_name(settings)
    assert offered == [default_till_name()]
    assert settings.till_name() == "Front counter"
    app = open_app(str(tmp_path / "shop.sqlite3"), "en", acting=SYSTEM, settings=settings)
    try:
        assert settings.till_id(app.url) == app.terminal.ctx.till_id
    finally:
        app.engine.dispose()
    ask_till_name(settings)  # named: nothing is shown, nothing changes
    assert settings.till_name() == "Front counter"


def test_an_empty_name_cannot_be_confirmed(qtbot):
    dialog = drive.shown(qtbot, TillNameDialog(default="PC-1"))
    drive.assert_reachable(dialog.name)
    drive.type_into(qtbot, dialog.name, "", clear=True)
    assert not dialog.ok.isEnabled()
    drive.type_into(qtbot, dialog.name, "Bar")
    assert dialog.ok.isEnabled() and dialog.chosen() == "Bar"
