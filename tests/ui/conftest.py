import pytest

from app.bootstrap import open_app
from app.services.context import SYSTEM
from app.services.dto import MemberInput
from app.ui.main import make_window


@pytest.fixture
def terminal(tmp_path):
    """The till, with the owner at it (as "system", the way the command line acts)."""
    return open_app(str(tmp_path / "till.sqlite3"), "en", acting=SYSTEM).terminal


@pytest.fixture
def ivan(terminal):
    member_id = terminal.till.enrol(MemberInput(first_name="Ivan", patronymic="Ivanovich",
                                           last_name="Petrov", phone="+7 916 123-45-67",
                                           consent=True, notes="prefers oat milk"))
    return terminal.till.member(member_id)


@pytest.fixture
def window(qtbot, terminal):
    win = make_window(terminal)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    from PySide6.QtWidgets import QApplication
    QApplication.instance().removeEventFilter(win.scanner)


@pytest.fixture(autouse=True, scope="session")
def english_catalogue(qapp, tmp_path_factory):
    """The app installs its catalogue at start; English needs it for plurals."""
    import os

    from PySide6.QtCore import QTranslator

    from app.ui.formats import use_language
    from app.ui.main import compiled_translation
    use_language("en")  # as the app does at start: numbers and dates in the till's language
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    translator = QTranslator()
    assert translator.load(str(compiled_translation("en")))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)
