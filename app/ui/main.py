"""Start the GUI: one crash path, translations, the database, the till window.

The start is given a services.startup.TillStart by the composition root (app.bootstrap,
through the CLI's `regulars` with no command): the settings, the database file, and a
way to open it. So this module, like all of app/ui, depends on the services only."""

from __future__ import annotations

import importlib
import logging
import sys
import traceback
from functools import partial
from importlib.resources import files
from pathlib import Path

import PySide6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QLibraryInfo,
    QObject,
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.domain.errors import DomainError
from app.domain.roles import check
from app.resource_files import resource_path, translation_files
from app.services.settings import system_language
from app.services.startup import CannotOpen, TillStart
from app.services.terminal import Terminal
from app.ui.api_host import serve_registers
from app.ui.customer_display import CustomerDisplay
from app.ui.first_start import first_start
from app.ui.formats import use_language
from app.ui.login_dialog import LoginDialog
from app.ui.messages import describe
from app.ui.offline_aside import SetAsideDialog
from app.ui.offline_sender import OfflineSender
from app.ui.reconnect_dialog import ReconnectDialog
from app.ui.recovery import offer_restore
from app.ui.replica_keeper import ReplicaKeeper
from app.ui.shop_follow import ShopFollower
from app.ui.slip_printing import SlipPrinting
from app.ui.till_window import TillWindow
from app.ui.upkeep import Upkeep

log = logging.getLogger(__name__)
# The shipped catalogues (the .qm files; in a checkout also the .ts sources beside them)
TRANSLATIONS = resource_path("translations")
DEMO_MEMBERS = 300
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)  # resources/icons, see packaging/make_icon.py


def _excepthook(exc_type, exc, tb) -> None:
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unhandled error\n%s", details)
    box = QMessageBox(QMessageBox.Icon.Critical, "Regulars",
                      QApplication.translate("Main", "Something went wrong. Nothing half-done "
                                             "was saved. Details are in the log."))
    box.setDetailedText(details)
    box.exec()


def compiled_translation(lang: str) -> Path | None:
    """The shipped .qm for ``lang`` (committed, built by packaging/build_translations.py:
    never compiled at run time, where a frozen build has no lrelease); None if there is none."""
    return translation_files().get(lang)


def qt_translations_dirs() -> list[str]:
    """Where Qt's own catalogues (qtbase_ru: OK/Cancel, the file and print dialogs) are:
    Qt's configured path, then PySide6's own folder (a bundled app may only have that)."""
    return [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            str(Path(PySide6.__file__).parent / "Qt" / "translations")]


def install_translator(app: QApplication, lang: str) -> None:
    use_language(lang)  # numbers and dates follow the till's language even without a catalogue
    qt_own = QTranslator(app)  # Qt's own strings: Cancel, OK, the file and print dialogs
    if any(qt_own.load(f"qtbase_{lang}", folder) for folder in qt_translations_dirs()):
        app.installTranslator(qt_own)
    else:
        log.warning("Qt's own %s translations were not found", lang)
    qm = compiled_translation(lang)
    if qm is None:
        return
    translator = QTranslator(app)  # installed last, so it is asked first (see qt_strings.py)
    if translator.load(str(qm)):
        app.installTranslator(translator)


def use_app_icon(qt_app: QApplication) -> None:
    """The icon of every window and of the taskbar button; the desktop file's name lets a
    Wayland or X11 taskbar match the running till to packaging/linux/regulars.desktop."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource_path("icons", f"regulars-{size}.png")))
    qt_app.setWindowIcon(icon)
    qt_app.setDesktopFileName("regulars")


def switch_translator(app: QApplication, lang: str) -> None:
    """Another language from now on (the first-start wizard's first page): the
    catalogues installed before are taken out, and every widget is told to retranslate."""
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    install_translator(app, lang)


def make_window(terminal: Terminal, save_language=None, offline=None) -> TillWindow:
    """``offline``: TillStart.offline, for a till on a shop's server (issue #17)."""
    window = TillWindow(terminal, save_language=save_language, offline=offline)
    window.setStyleSheet(files(__package__).joinpath("style.qss").read_text(encoding="utf-8"))
    window.resize(1280, 760)
    add_back_office_menu(window, terminal)
    window.slip_printing = SlipPrinting(window, terminal)  # Ctrl+R, or after each sale
    if offline is not None:
        add_set_aside_action(window, terminal)
    return window


def add_set_aside_action(window: TillWindow, terminal: Terminal) -> None:
    """Manage → Sales set aside…: what the server refused from this till's outbox."""
    def open_list() -> None:
        try:
            check(terminal.ctx.role, "maintain")
        except DomainError as exc:
            QMessageBox.information(window, "Regulars", describe(exc))
            return
        till = window.route.offline_till()
        SetAsideDialog(till.set_aside if till is not None else list, terminal.ctx,
                       terminal.program.currency, window).exec()
    menu = window.menuBar().actions()[-1].menu()  # Manage, added last
    menu.addAction(QApplication.translate("Main", "Sales set aside…")).triggered.connect(
        open_list)


def start_offline(window: TillWindow, start: TillStart) -> None:
    """A shop's server: keep the local copy up to date, and send the outbox (issue #17)."""
    ReplicaKeeper(window, start.replica.keep_up).start()
    sender = OfflineSender(window, window.route.offline_till, start.replica.catch_up)
    sender.rounded.connect(window.refresh_member)
    sender.start()


# The Manage menu: (title, module, dialog class, permission). The dialogs are imported
# when first opened, not at start: all of them together add a third of the till's
# start-up time (measured offscreen, 0.2-0.4 s on 0.6-0.9 s). The module names are
# written out here, once, so the layer test can read them.
BACK_OFFICE = (
    (QT_TRANSLATE_NOOP("Main", "Reports…"), "app.ui.reports_dialog", "ReportsDialog",
     "reports"),
    (QT_TRANSLATE_NOOP("Main", "Loyalty program…"), "app.ui.program_editor", "ProgramEditor",
     "program"),
    (QT_TRANSLATE_NOOP("Main", "Prize draw…"), "app.ui.draw_dialog", "DrawDialog", "draw"),
    (QT_TRANSLATE_NOOP("Main", "Charity totals…"), "app.ui.manager_dialogs", "CharityDialog",
     "reports"),
    (QT_TRANSLATE_NOOP("Main", "Program health…"), "app.ui.manager_dialogs", "HealthDialog",
     "reports"),
    (QT_TRANSLATE_NOOP("Main", "Refund a purchase…"), "app.ui.refund_dialog", "RefundDialog",
     "refund"),
    (QT_TRANSLATE_NOOP("Main", "Adjust points…"), "app.ui.adjust_dialog", "AdjustDialog",
     "adjust_points"),
    (QT_TRANSLATE_NOOP("Main", "Gifts…"), "app.ui.care_reports", "GiftsReportDialog",
     "reports"),
    (QT_TRANSLATE_NOOP("Main", "Complaints…"), "app.ui.care_reports", "ComplaintsDialog",
     "complaints_manage"),
    (QT_TRANSLATE_NOOP("Main", "Member cards: design…"), "app.ui.card_designer",
     "CardDesignerDialog", "cards"),
    (QT_TRANSLATE_NOOP("Main", "Print member cards…"), "app.ui.card_print_dialog",
     "CardPrintDialog", "cards"),
    (QT_TRANSLATE_NOOP("Main", "Staff…"), "app.ui.staff_dialogs", "StaffDialog",
     "unlock_staff"),
    (QT_TRANSLATE_NOOP("Main", "Audit trail…"), "app.ui.staff_dialogs", "AuditDialog",
     "audit_view"),
    (QT_TRANSLATE_NOOP("Main", "Backups…"), "app.ui.backup_dialog", "BackupsDialog", "backup"),
    (QT_TRANSLATE_NOOP("Main", "Shop settings…"), "app.ui.shop_settings_dialog",
     "ShopSettingsDialog", "settings"),
    (QT_TRANSLATE_NOOP("Main", "Import members…"), "app.ui.import_dialog", "ImportDialog",
     "import"),
    (QT_TRANSLATE_NOOP("Main", "Export data…"), "app.ui.export_dialog", "ExportDialog",
     "export"),
    (QT_TRANSLATE_NOOP("Main", "Slip printer…"), "app.ui.slip_settings_dialog",
     "SlipSettingsDialog", "maintain"),
    (QT_TRANSLATE_NOOP("Main", "Registers…"), "app.ui.registers_dialog", "RegistersDialog",
     "settings"),
)


def add_back_office_menu(window, terminal: Terminal) -> None:
    """Managers and owners work in the same app: the program, the draw, charity, health."""
    menu = window.menuBar().addMenu(QApplication.translate("Main", "Manage"))
    for title, module, name, permission in BACK_OFFICE:
        action = menu.addAction(QApplication.translate("Main", title))
        action.triggered.connect(_opener(window, terminal, module, name, permission))


def _opener(window, terminal: Terminal, module: str, name: str, permission: str):
    def open_dialog() -> None:
        try:
            check(terminal.ctx.role, permission)
        except DomainError as exc:
            QMessageBox.information(window, "Regulars", describe(exc))
            return
        getattr(importlib.import_module(module), name)(terminal, window).exec()
        _after_back_office(window, terminal)
    return open_dialog


def _after_back_office(window, terminal: Terminal) -> None:
    """Back on the till: sign in again after a restore, or show the open member anew."""
    if terminal.ctx.staff is None:  # a restore signed everyone out
        if hasattr(window, "next_customer"):
            window.next_customer()
        LoginDialog(_sign_in(window, terminal), window).exec()
        return
    if getattr(window, "current", None) is not None:
        window.show_member(window.current.member_id)  # the program may have changed


def _sign_in(window, terminal: Terminal):
    """The till window's sign-in (against the local copy while the server is away)."""
    route = getattr(window, "route", None)
    return route.sign_in if route is not None else terminal.sign_in


def run_gui(start: TillStart, lang: str | None = None, demo: bool = False,
            serve_api=None) -> int:
    """``serve_api(terminal)``: the composition root's register API server maker
    (app/till_api.py), served by the till when the owner has switched it on."""
    # The log (file, and the console quiet unless --verbose) is set up by the entry
    # (app.cli.main → app.launch.setup_logging) before the window is asked for.
    qt_app = QApplication.instance() or QApplication(sys.argv)
    use_app_icon(qt_app)
    lang = lang or system_language(start.settings)
    install_translator(qt_app, lang)
    sys.excepthook = _excepthook
    terminal = _open_or_recover(start, lang)
    if terminal is None:
        return 2
    # A new shop's wizard (cancelled: quit, nothing saved), or a new computer's till name.
    terminal = first_start(start, terminal, lang, partial(switch_translator, qt_app),
                           lambda: _open_or_recover(start, lang))
    if terminal is None:
        return 0
    window = open_till(qt_app, start, terminal, demo, serve_api)
    _show_customer_display(window, terminal, start.settings.customer_display())
    return qt_app.exec()


def open_till(qt_app: QApplication, start: TillStart, terminal: Terminal,
              demo: bool = False, serve_api=None) -> TillWindow:
    """The till on screen, someone signed in. A till started with the shop's server away
    (its facade built from the local copy, see app.bootstrap.server_from_copy) signs in
    against the copy's staff and serves from the copy until the server answers."""
    owner = terminal.ctx.staff  # the first start's owner, signed in by the wizard
    terminal.sign_in.as_system()  # the start-up work below is the shop's, not a person's
    if terminal.server.away:
        log.warning("the shop's server does not answer: the till starts on its local copy")
    elif terminal.till.member_count() == 0:
        # An empty database on first start: fill it so the till can be tried at once.
        terminal.admin.add_demo_members(DEMO_MEMBERS, seed=1, showcase=True)
    elif demo:
        log.info("--demo ignored: the database already has members")
    terminal.sign_in.lock()  # nobody is signed in until a PIN is typed
    # Expiry, tier reviews and the daily backup: now and hourly, off the GUI thread.
    Upkeep(qt_app, terminal.admin.maintain, start.auto_backup,
           lease=terminal.admin.take_upkeep).start()
    window = _signed_in_window(terminal, start, owner if owner and owner.id else None)
    IdleLock(qt_app, window, terminal, start.settings.lock_after_minutes())
    ShopFollower(window, terminal.admin.refresh, lambda: _after_back_office(window, terminal))
    window.show()
    if serve_api is not None:  # the register API in a thread of its own (issue #19)
        serve_registers(window, start.settings, serve_api(terminal))
    if start.replica is not None:  # a shop's server: its copy here, for when it is away
        start_offline(window, start)
    return window


def _signed_in_window(terminal: Terminal, start: TillStart, owner=None) -> TillWindow:
    """Sign-in, then the window; on a shop's server the window first, as signing in
    goes through its route (to the staff in the local copy while the server is away).
    ``owner``: the first start's, who just chose the PIN, stays at the till."""
    def window() -> TillWindow:
        return make_window(terminal, save_language=start.settings.set_lang,
                           offline=start.offline)
    if owner is not None:
        terminal.sign_in.carry(owner)
        return window()
    if start.offline is None:  # SQLite: nothing else to sign in against
        LoginDialog(terminal.sign_in).exec()
        return window()
    made = window()
    LoginDialog(_sign_in(made, terminal)).exec()
    return made


def _open_or_recover(start: TillStart, lang: str) -> Terminal | None:
    """The till's facade; None to quit (a database too new, or the owner chose to quit
    rather than restore a damaged one, or rather than wait for the shop's server)."""
    while True:
        try:
            return start.open(lang)
        except CannotOpen as exc:
            if exc.away:  # the server does not answer (yet): keep trying, not crash
                log.warning("the shop's server does not answer at start: %s", exc)
                dialog = ReconnectDialog(lambda: start.open(lang), exc)
                if dialog.exec() == QDialog.DialogCode.Accepted:
                    return dialog.terminal
                if dialog.refusal is None:
                    return None  # Quit
                exc = dialog.refusal
            if not exc.restorable:
                QMessageBox.critical(None, "Regulars", str(exc))
                return None
            log.error("database unreadable at start: %s", exc)
            if not offer_restore(start, str(exc), empty=exc.empty):
                return None


def _show_customer_display(window: TillWindow, terminal: Terminal, mode: str) -> None:
    """The customer's screen: on a second monitor when there is one ("auto"), or always
    as a window ("always"), or never."""
    if mode == "always" or (mode == "auto" and len(QApplication.screens()) > 1):
        display = CustomerDisplay(terminal.program.name, window, terminal.ctx.till_name)
        display.follow(window)
        display.show_on_second_screen()


class IdleLock(QObject):
    """Sign the cashier out after ``minutes`` without a key press or click, and on F12
    (quick switch); the till stays on screen behind the PIN dialog."""

    def __init__(self, qt_app, window, terminal, minutes: int):
        super().__init__(window)
        self._window, self._terminal = window, terminal
        self._idle = QTimer(self, singleShot=True, interval=max(1, int(minutes)) * 60_000)
        self._idle.timeout.connect(self.lock)
        self._idle.start()
        qt_app.installEventFilter(self)
        QShortcut(QKeySequence(Qt.Key.Key_F12), window, activated=self.lock)

    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress):
            self._idle.start()
        return False

    def lock(self) -> None:
        self._idle.stop()
        self._terminal.sign_in.lock()
        if hasattr(self._window, "next_customer"):
            self._window.next_customer()  # no member left open for the next person
        LoginDialog(_sign_in(self._window, self._terminal), self._window).exec()
        self._idle.start()


def startup_probe(open_terminal) -> None:
    """For `regulars bench` (through app.bootstrap.startup_probe, which opens the
    database): show the till, report and quit."""
    import resource  # Unix only (the bench's platform): not imported by the till itself
    qt_app = QApplication(sys.argv[:1])
    window = make_window(open_terminal())
    window.show()
    qt_app.processEvents()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"shown rss_mb={rss:.1f}", flush=True)
