"""The Qt binding itself, where a release of it broke the till."""

import sys

from PySide6.QtCore import QObject, Signal


class _Bell(QObject):
    rang = Signal()


def test_emitting_a_signal_leaves_pythons_true_alone(qtbot):
    """PySide6 6.12.0's Signal.emit() releases the bool it answers once too often: on
    Python 3.11 every emit took a reference from True, and after some thousands (a
    morning at the till, or the test suite) the process aborted with "Fatal Python
    error: bool_dealloc: deallocating True or False". pyproject.toml keeps PySide6
    below 6.12; this fails on a release that brings it back."""
    bell, heard = _Bell(), []
    bell.rang.connect(lambda: heard.append(1))
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(3000):
        bell.rang.emit()
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert len(heard) == 3000
    assert after[0] >= before[0] - 10 and after[1] >= before[1] - 10, (before, after)
