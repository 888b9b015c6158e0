"""The till follows the register (issue #19): the till runs the register API in a thread
of its own (app/ui/api_host.py, made by the composition root's app/till_api.py), and a
real HTTP client — the register — identifies and commits. The till and the customer
display open the member at once; a committed sale shows the thank-you as after F5; a
cashier in a dialog is not interrupted; a port in use is said, and the till works on."""

import socket

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from app.bootstrap import open_app
from app.services import api_settings
from app.services.api_settings import ApiSettings
from app.services.context import SYSTEM
from app.services.settings import Settings
from app.till_api import server_maker
from app.ui.api_host import ApiHost, serve_registers
from app.ui.customer_display import CustomerDisplay
from app.ui.registers_dialog import RegistersDialog
from tests.ui import drive

# The register's calls run on the server's threads while the till reads on its own: on
# the SQLite file and on a shop's PostgreSQL server.
pytestmark = pytest.mark.both_databases


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Register:
    """A cash register: its token, and the calls it makes over HTTP."""

    def __init__(self, terminal, port: int, name: str = "Front"):
        token = terminal.registers.add(name).token
        self.http = httpx.Client(base_url=f"http://127.0.0.1:{port}/api/v1", timeout=10,
                                 headers={"Authorization": f"Bearer {token}"})

    def identify(self, card: str) -> dict:
        answer = self.http.post("/identify", json={"card": card})
        assert answer.status_code == 200, answer.text
        return answer.json()

    def commit(self, member_id: str, amount_minor: int, sale_id: str) -> httpx.Response:
        return self.http.post("/commit", json={"member_id": member_id, "sale_id": sale_id,
                                               "amount_minor": amount_minor,
                                               "receipt_number": "R-1"})


@pytest.fixture
def terminal(db_location):
    """The till (tests/ui/conftest.py's), on the database of this run."""
    return open_app(db_location, "en", acting=SYSTEM).terminal


@pytest.fixture
def port():
    chosen = _free_port()
    api_settings.save(Settings(), ApiSettings(on=True, port=chosen))
    return chosen


@pytest.fixture
def host(window, terminal, port):
    served = serve_registers(window, Settings(), server_maker(terminal))
    yield served
    served.stop()


@pytest.fixture
def display(qtbot, window):
    shown = CustomerDisplay("Coffee & Co", window)
    qtbot.addWidget(shown)
    shown.follow(window)
    shown.show()
    return shown


def _display_text(display) -> str:
    return "\n".join(label.text() for label in display.findChildren(QLabel)
                     if not label.isHidden())


def test_the_till_opens_whom_the_register_identifies_and_thanks_after_its_commit(
        qtbot, window, terminal, ivan, host, port, display):
    register = Register(terminal, port)
    found = register.identify(ivan.card_number)
    qtbot.waitUntil(lambda: window.current is not None, timeout=5000)
    assert window.panel.name.text() == "Ivan Ivanovich Petrov"
    assert window.panel.balance.text() == "200 points"
    assert "Your balance: 200 points" in _display_text(display)
    assert window.statusBar().currentMessage() == "From the register “Front”"

    answer = register.commit(found["member_id"], 100000, "K1-0001")
    assert answer.status_code == 200, answer.text
    qtbot.waitUntil(window.banner.isVisible, timeout=5000)
    # 1000.00 earns 3% on the first tier: 30 points on the 200 of the welcome gift.
    assert window.banner.text().splitlines()[:2] == ["Thank you, Ivan! See you again soon.",
                                                     "+30 points, balance 230"]
    assert window.panel.balance.text() == "230 points"
    text = _display_text(display)
    assert "Thank you, Ivan!" in text and "Your balance: 230 points" in text
    assert terminal.till.member(ivan.member_id).balance == 230


def test_a_retried_commit_thanks_once(qtbot, window, terminal, ivan, host, port):
    register = Register(terminal, port)
    member_id = register.identify(ivan.card_number)["member_id"]
    assert register.commit(member_id, 100000, "K1-0002").status_code == 200
    qtbot.waitUntil(window.banner.isVisible, timeout=5000)
    drive.press(qtbot, window, Qt.Key.Key_Escape)  # the cashier: next customer
    assert window.current is None
    retried = register.commit(member_id, 100000, "K1-0002")
    assert retried.headers.get("Idempotent-Replay") == "true"
    # The register's next identify arrives after anything the retry could have sent.
    register.identify(ivan.card_number)
    qtbot.waitUntil(lambda: window.current is not None, timeout=5000)
    assert not window.banner.isVisible()  # opened, not thanked a second time
    assert terminal.till.member(ivan.member_id).balance == 230


def test_a_cashier_in_a_dialog_is_not_interrupted(qtbot, window, terminal, ivan, host, port,
                                                   qapp):
    dialog = QDialog(window)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    drive.shown(qtbot, dialog)
    register = Register(terminal, port)
    register.identify(ivan.card_number)
    # The server told the till before it answered: the event is in the GUI's queue.
    qapp.processEvents()
    assert window.current is None  # nothing is opened behind the dialog
    assert window.statusBar().currentMessage() == ""
    dialog.close()
    qtbot.waitUntil(lambda: window.current is not None, timeout=5000)
    assert window.panel.name.text() == "Ivan Ivanovich Petrov"


def test_a_port_in_use_is_said_and_the_till_works_on(qtbot, window, terminal, ivan):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        busy = taken.getsockname()[1]
        api_settings.save(Settings(), ApiSettings(on=True, port=busy))
        host = serve_registers(window, Settings(), server_maker(terminal))
        assert host.serving is None
        assert window.statusBar().currentMessage() == (
            f"The register API could not open port {busy} (another program may use it). The "
            "till works on; choose another port in Manage → Registers.")
    drive.scan(qtbot, window.search, ivan.card_number)
    qtbot.waitUntil(lambda: window.current is not None, timeout=5000)
    assert window.panel.name.text() == "Ivan Ivanovich Petrov"
    # The owner picks another port: served, and the status bar says no more.
    dialog = drive.shown(qtbot, RegistersDialog(terminal, window))
    drive.type_into(qtbot, dialog.port, str(_free_port()), clear=True)
    drive.click(qtbot, dialog.save_button)
    assert host.serving is not None and window.statusBar().currentMessage() == ""
    host.stop()


def test_new_settings_restart_the_server_and_quitting_stops_it(qtbot, window, terminal, host,
                                                                port, qapp):
    assert isinstance(window.findChild(ApiHost, "apiHost"), ApiHost)
    dialog = drive.shown(qtbot, RegistersDialog(terminal, window))
    assert dialog.on.isChecked() and dialog.port.value() == port
    moved = _free_port()
    drive.type_into(qtbot, dialog.port, str(moved), clear=True)
    drive.click(qtbot, dialog.save_button)
    assert dialog.status.text() == f"The API is serving at http://127.0.0.1:{moved}/api/v1"
    assert api_settings.load(Settings()) == ApiSettings(on=True, port=moved)
    assert httpx.get(f"http://127.0.0.1:{moved}/api/v1/openapi.json").status_code == 200
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{port}/api/v1/openapi.json")
    qapp.aboutToQuit.emit()
    assert host.serving is None
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{moved}/api/v1/openapi.json")
