"""The start of an installed or frozen till, proved without a person: REGULARS_SMOKE=1.

CI starts the wheel installed in a fresh venv and the PyInstaller folder build this way
(offscreen), from a folder that is not the checkout: the database is opened, the
shipped catalogue and icon are loaded as at a real start, the till's window is shown, one
line saying so is printed, and the program quits. It is not for users: the sign-in, the
till's name and the shop's upkeep are left out, as they wait for a person.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication

from app.services.startup import TillStart
from app.ui.main import install_translator, make_window, use_app_icon

SHOWN_WITHIN = 30.0  # seconds; a window not up by then is a failed start


def smoke_start(start: TillStart, lang: str) -> int:
    """Show the till on ``start``'s database in ``lang``; 0 once its window is on screen."""
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    use_app_icon(qt_app)
    install_translator(qt_app, lang)
    window = make_window(start.open(lang))
    window.show()
    deadline = time.monotonic() + SHOWN_WITHIN
    while not _exposed(window) and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    if not _exposed(window):
        print("regulars smoke: the till's window did not come up", file=sys.stderr)
        return 1
    print(f"regulars smoke: the till's window is up ({lang}, {window.purchase_button.text()!r}, "
          f"icon {'set' if not qt_app.windowIcon().isNull() else 'missing'})", flush=True)
    window.close()
    return 0


def _exposed(window) -> bool:
    handle = window.windowHandle()
    return window.isVisible() and handle is not None and handle.isExposed()
