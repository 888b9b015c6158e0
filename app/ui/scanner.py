"""A keyboard-wedge scanner types 13 digits and Enter faster than any person.

Installed on the application, this filter notices such a burst wherever the
focus is and emits ``scanned`` with the number, swallowing the Enter.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

MAX_GAP_S = 0.05  # scanners send a key every few ms; people need 100 ms or more


class ScannerFilter(QObject):
    scanned = Signal(str)

    def __init__(self, parent=None, clock=time.monotonic):
        super().__init__(parent)
        self._clock = clock
        self._buffer = ""
        self._last = 0.0

    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress or event.isAutoRepeat():
            return False
        if not _first_receiver(obj):
            return False  # the same key propagating to a parent widget
        now = self._clock()
        if now - self._last > MAX_GAP_S:
            self._buffer = ""
        self._last = now
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            burst, self._buffer = self._buffer, ""
            if len(burst) == 13:
                self.scanned.emit(burst)
                return True
            return False
        text = event.text()
        if text.isdigit() and len(text) == 1:
            self._buffer = (self._buffer + text)[-13:]
        else:
            self._buffer = ""
        return False


def _first_receiver(obj) -> bool:
    if not isinstance(obj, QWidget):
        return False
    focus = QApplication.focusWidget()
    return obj is focus if focus is not None else obj.isWindow()
