"""The register API inside the running till (issue #19): the server in a thread of its
own, and the till following what the registers do.

``ApiHost`` owns the server (app/api's ApiServer, made by the composition root's
``make_server(host, port, on_event)``): started when the API is on in this computer's
settings (services/api_settings.py), started anew when they change, stopped when the
till quits. The server calls ``on_event`` on its own thread; the host turns each event
into a Qt signal delivered on the GUI thread (a queued connection), so no widget is
ever touched off it. A port that cannot be opened is said in the till's status bar and
the till goes on without the API.

``RegisterFollower`` opens, on the till and so on the customer display, the member a
register identified, and shows a sale a register committed through the till's own
after-the-sale path (the thank-you banner and the display's thanks, as after F5). While
the cashier is in a dialog nothing is yanked from under it: the last thing a register
did waits and is shown when the last dialog closes — unless the dialog left that very
member open (a sale typed by hand for them keeps its thank-you on screen).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from app.services import api_settings
from app.services.api_settings import ApiSettings
from app.services.settings import Settings

log = logging.getLogger(__name__)

WAIT_FOR_DIALOG_MS = 200  # how often a waiting register event looks for the dialog's end


def serve_registers(window, settings: Settings, make_server: Callable) -> ApiHost:
    """The API in the till ``window``: served as the settings say, followed by the till."""
    host = ApiHost(window, settings, make_server)
    RegisterFollower(window, host)
    host.start()
    return host


class ApiHost(QObject):
    identified = Signal(object, str)  # member id, register name; on the GUI thread
    committed = Signal(object, str)  # the sale as the till records it, register name
    status = Signal(str)  # words for the status bar: why it does not serve; "" serving
    _event = Signal(str, object, str)  # kind, what, register: emitted on the server's thread

    def __init__(self, parent: QObject, settings: Settings, make_server: Callable):
        super().__init__(parent)
        self.setObjectName("apiHost")  # the Registers dialog finds it by this name
        self._settings = settings
        self._make_server = make_server
        self._server = None
        self.serving: ApiSettings | None = None  # what runs now; None: not serving
        self._event.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        QApplication.instance().aboutToQuit.connect(self.stop)

    @property
    def settings(self) -> ApiSettings:
        return api_settings.load(self._settings)

    def start(self) -> None:
        """Serve as the saved settings say (nothing when the API is off)."""
        wanted = self.settings
        if wanted.on:
            self._serve(wanted)

    def apply(self, wanted: ApiSettings) -> None:
        """Save new settings and serve by them: the old server stops first."""
        api_settings.save(self._settings, wanted)
        self.stop()
        if wanted.on:
            self._serve(wanted)

    def stop(self) -> None:
        server, self._server, self.serving = self._server, None, None
        if server is not None:
            server.stop()
            log.info("register API stopped")

    def _serve(self, wanted: ApiSettings) -> None:
        server = self._make_server(wanted.host, wanted.port, self._from_server)
        try:
            server.start()
        except OSError as exc:  # the port is taken, or the address is not this PC's
            log.warning("register API could not open port %s: %s", wanted.port, exc)
            self.status.emit(self.tr("The register API could not open port %1 (another "
                                     "program may use it). The till works on; choose another "
                                     "port in Manage → Registers.").replace("%1", str(wanted.port)))
            return
        self._server, self.serving = server, wanted
        self.status.emit("")
        log.info("register API serving on %s:%s", wanted.host, wanted.port)

    def _from_server(self, kind: str, ref, register: str) -> None:
        """The server's callback, on its thread: only a signal crosses to the GUI."""
        if shiboken6.isValid(self):
            self._event.emit(kind, ref, register)

    def _deliver(self, kind: str, ref, register: str) -> None:
        if kind == "identified":
            self.identified.emit(ref, register)
        elif kind == "committed":
            self.committed.emit(ref, register)


class RegisterFollower(QObject):
    """The till follows the register: see the module's docstring."""

    def __init__(self, window, host: ApiHost):
        super().__init__(window)
        self._window = window
        self._waiting: tuple[str, object, str] | None = None
        self._timer = QTimer(self, interval=WAIT_FOR_DIALOG_MS)
        self._timer.timeout.connect(self._try_waiting)
        host.identified.connect(lambda member_id, reg: self._arrive("identified", member_id, reg))
        host.committed.connect(lambda sale, reg: self._arrive("committed", sale, reg))
        host.status.connect(window.statusBar().showMessage)

    def _arrive(self, kind: str, ref, register: str) -> None:
        self._waiting = (kind, ref, register)
        self._try_waiting()

    def _in_dialog(self) -> bool:
        modal = QApplication.activeModalWidget()
        return modal is not None and modal is not self._window

    def _try_waiting(self) -> None:
        if self._waiting is None:
            self._timer.stop()
            return
        if self._in_dialog():
            self._timer.start()
            return
        self._timer.stop()
        (kind, ref, register), self._waiting = self._waiting, None
        if kind == "identified":
            self._open(ref, register)
        else:
            self._show_sale(ref, register)

    def _open(self, member_id, register: str) -> None:
        window = self._window
        if window.current is not None and window.current.member_id == member_id:
            return  # already open (and perhaps thanked): nothing to change
        window.finder.done()  # whatever was typed was for someone else
        window.show_member(member_id)
        self._say(register)

    def _show_sale(self, recorded, register: str) -> None:
        """``recorded``: (PurchaseResult, member id); the result carries no member (the
        register's commit does not read one), so the till reads it as after a scan."""
        sale, member_id = recorded
        window = self._window
        if window.current is None or window.current.member_id != member_id:
            window.finder.done()
            window.show_member(member_id)
        window.after_purchase(replace(sale, member=window.route.member(member_id)))
        self._say(register)

    def _say(self, register: str) -> None:
        self._window.statusBar().showMessage(
            self.tr("From the register “%1”").replace("%1", register))
