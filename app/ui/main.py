"""Start the GUI: one crash path, translations, the database, the till window."""

from __future__ import annotations

import logging
import subprocess
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs
from PySide6.QtCore import QEvent, QLibraryInfo, QObject, Qt, QTimer, QTranslator
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMessageBox

from app.bootstrap import auto_backup, load_settings, open_app, save_setting, system_language
from app.db.migrate import DatabaseEmpty, DatabaseTooNew, DatabaseUnreadable
from app.services.context import SYSTEM

log = logging.getLogger(__name__)
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
DEMO_MEMBERS = 300
MAINTAIN_EVERY_MS = 60 * 60 * 1000  # expiry and tier reviews: hourly, so "daily" is never late


def _setup_logging() -> None:
    log_dir = Path(platformdirs.user_log_dir("Regulars", appauthor=False))
    log_dir.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(log_dir / "regulars.log", maxBytes=2_000_000, backupCount=3,
                                  encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)


def _excepthook(exc_type, exc, tb) -> None:
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unhandled error\n%s", details)
    box = QMessageBox(QMessageBox.Icon.Critical, "Regulars",
                      QApplication.translate("Main", "Something went wrong. Nothing half-done "
                                             "was saved. Details are in the log."))
    box.setDetailedText(details)
    box.exec()


def compiled_translation(lang: str) -> Path | None:
    """The .qm for ``lang``, built from the committed .ts on first use."""
    ts = TRANSLATIONS / f"regulars_{lang}.ts"
    if not ts.exists():
        return None
    cache = Path(platformdirs.user_cache_dir("Regulars", appauthor=False))
    qm = cache / f"regulars_{lang}.qm"
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        cache.mkdir(parents=True, exist_ok=True)
        lrelease = Path(sys.executable).parent / "pyside6-lrelease"
        cmd = [str(lrelease) if lrelease.exists() else "pyside6-lrelease", str(ts), "-qm", str(qm)]
        try:
            subprocess.run(cmd, check=True, capture_output=True)
        except (OSError, subprocess.CalledProcessError) as exc:
            log.warning("could not build translation %s: %s", ts, exc)
            return None
    return qm


def qt_translations_dirs() -> list[str]:
    """Where Qt's own catalogues (qtbase_ru: OK/Cancel, the file and print dialogs) are:
    Qt's configured path, then PySide6's own folder (a bundled app may only have that)."""
    import PySide6
    return [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            str(Path(PySide6.__file__).parent / "Qt" / "translations")]


def install_translator(app: QApplication, lang: str) -> None:
    from app.ui.formats import use_language
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


def make_window(terminal, save_language=None):
    from app.ui.till_window import TillWindow
    window = TillWindow(terminal, save_language=save_language)
    window.setStyleSheet((Path(__file__).parent / "style.qss").read_text(encoding="utf-8"))
    window.resize(1280, 760)
    add_back_office_menu(window, terminal)
    return window


def add_back_office_menu(window, terminal) -> None:
    """Managers and owners work in the same app: the program, the draw, charity, health."""
    menu = window.menuBar().addMenu(QApplication.translate("Main", "Manage"))

    def opener(module: str, name: str, permission: str):
        def open_dialog() -> None:
            import importlib

            from app.domain.errors import DomainError
            from app.domain.roles import check
            from app.ui.messages import describe
            try:
                check(terminal.ctx.role, permission)
            except DomainError as exc:
                QMessageBox.information(window, "Regulars", describe(exc))
                return
            dialog = getattr(importlib.import_module(module), name)(terminal, window)
            dialog.exec()
            if terminal.ctx.staff is None:  # a restore signed everyone out
                from app.ui.login_dialog import LoginDialog
                if hasattr(window, "next_customer"):
                    window.next_customer()
                LoginDialog(terminal.sign_in, window).exec()
                return
            if getattr(window, "current", None) is not None:
                window.show_member(window.current.member_id)  # the program may have changed
        return open_dialog

    for title, module, name, permission in (
            (QApplication.translate("Main", "Reports…"), "app.ui.reports_dialog",
             "ReportsDialog", "reports"),
            (QApplication.translate("Main", "Loyalty program…"), "app.ui.program_editor",
             "ProgramEditor", "program"),
            (QApplication.translate("Main", "Prize draw…"), "app.ui.manager_dialogs", "DrawDialog",
             "draw"),
            (QApplication.translate("Main", "Charity totals…"), "app.ui.manager_dialogs",
             "CharityDialog", "reports"),
            (QApplication.translate("Main", "Program health…"), "app.ui.manager_dialogs",
             "HealthDialog", "reports"),
            (QApplication.translate("Main", "Refund a purchase…"), "app.ui.refund_dialog",
             "RefundDialog", "refund"),
            (QApplication.translate("Main", "Adjust points…"), "app.ui.adjust_dialog",
             "AdjustDialog", "adjust_points"),
            (QApplication.translate("Main", "Gifts…"), "app.ui.care_reports", "GiftsReportDialog",
             "reports"),
            (QApplication.translate("Main", "Complaints…"), "app.ui.care_reports",
             "ComplaintsDialog", "complaints_manage"),
            (QApplication.translate("Main", "Member cards: design…"), "app.ui.card_designer",
             "CardDesignerDialog", "cards"),
            (QApplication.translate("Main", "Print member cards…"), "app.ui.card_print_dialog",
             "CardPrintDialog", "cards"),
            (QApplication.translate("Main", "Staff…"), "app.ui.staff_dialogs", "StaffDialog",
             "unlock_staff"),
            (QApplication.translate("Main", "Audit trail…"), "app.ui.staff_dialogs",
             "AuditDialog", "audit_view"),
            (QApplication.translate("Main", "Backups…"), "app.ui.backup_dialog",
             "BackupsDialog", "backup"),
            (QApplication.translate("Main", "Import members…"), "app.ui.import_dialog",
             "ImportDialog", "import"),
            (QApplication.translate("Main", "Export data…"), "app.ui.export_dialog",
             "ExportDialog", "export")):
        action = menu.addAction(title)
        action.triggered.connect(opener(module, name, permission))


def run_gui(db: str | None = None, lang: str | None = None, demo: bool = False) -> int:
    _setup_logging()
    qt_app = QApplication.instance() or QApplication(sys.argv)
    lang = lang or system_language()
    install_translator(qt_app, lang)
    sys.excepthook = _excepthook
    while True:
        try:
            app = open_app(db, lang, remember_sign_ins=True)  # preselect the last person
            break
        except DatabaseTooNew as exc:
            QMessageBox.critical(None, "Regulars", str(exc))
            return 2
        except DatabaseUnreadable as exc:
            from app.ui.recovery import offer_restore
            log.error("database unreadable at start: %s", exc)
            if not offer_restore(db, str(exc), empty=isinstance(exc, DatabaseEmpty)):
                return 2
    app.terminal.sign_in.as_system()  # the start-up work below is the shop's, not a person's
    if app.terminal.till.member_count() == 0:
        # An empty database on first start: fill it so the till can be tried at once.
        app.terminal.admin.add_demo_members(DEMO_MEMBERS, seed=1, showcase=True)
    elif demo:
        log.info("--demo ignored: the database already has members")
    _maintain(app.terminal)
    settings = load_settings()
    auto_backup(app)
    app.terminal.sign_in.lock()  # nobody is signed in until a PIN is typed
    from app.ui.login_dialog import LoginDialog
    LoginDialog(app.terminal.sign_in).exec()
    window = make_window(app.terminal, save_language=lambda code: save_setting("lang", code))
    timer = QTimer(window, interval=MAINTAIN_EVERY_MS)
    timer.timeout.connect(lambda: _maintain(app.terminal))
    timer.timeout.connect(lambda: auto_backup(app))  # the folder as chosen now
    timer.start()
    IdleLock(qt_app, window, app.terminal, settings.get("lock_after_minutes", 5))
    window.show()
    # The customer's screen: on a second monitor when there is one ("auto"), or always
    # as a window ("always"), or never.
    mode = settings.get("customer_display", "auto")
    if mode == "always" or (mode == "auto" and len(QApplication.screens()) > 1):
        from app.ui.customer_display import CustomerDisplay
        display = CustomerDisplay(app.terminal.program.name, window)
        display.follow(window)
        display.show_on_second_screen()
    return qt_app.exec()


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
        from app.ui.login_dialog import LoginDialog
        self._idle.stop()
        self._terminal.sign_in.lock()
        if hasattr(self._window, "next_customer"):
            self._window.next_customer()  # no member left open for the next person
        LoginDialog(self._terminal.sign_in, self._window).exec()
        self._idle.start()


def _maintain(terminal) -> None:
    """Expire due points and apply due tier reviews; a failure is logged, never fatal
    for the till (the next run retries, and opening a member applies its review)."""
    try:
        expired, reviewed = terminal.admin.maintain()
        if expired or reviewed:
            log.info("maintenance: %d lots expired, %d tiers reviewed", expired, reviewed)
    except Exception:  # noqa: BLE001 - the till must start even if this fails
        log.exception("maintenance failed")


def startup_probe() -> None:
    """For `regulars bench`: open the database, show the till, report and quit."""
    import resource
    qt_app = QApplication(sys.argv[:1])
    app = open_app(sys.argv[1], "en", acting=SYSTEM)
    window = make_window(app.terminal)
    window.show()
    qt_app.processEvents()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"shown rss_mb={rss:.1f}", flush=True)
