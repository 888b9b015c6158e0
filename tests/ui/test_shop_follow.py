"""The till's screen follows changes made on other tills every few seconds, but never
under an open dialog."""

from PySide6.QtWidgets import QDialog, QWidget

from app.ui.shop_follow import ShopFollower


def test_the_window_catches_up_when_another_till_changed_something(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    answers, caught_up = [False, True], []
    ShopFollower(window, lambda: answers.pop(0) if answers else False,
                 lambda: caught_up.append(True), every_ms=10)
    qtbot.waitUntil(lambda: caught_up == [True] and not answers, timeout=3000)


def test_nothing_is_asked_while_a_dialog_is_open(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    asked = []
    follower = ShopFollower(window, lambda: asked.append(True) or True, lambda: None,
                            every_ms=60_000)
    dialog = QDialog(window)
    qtbot.addWidget(dialog)
    dialog.open()  # window-modal, as the till's dialogs are
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=3000)
    assert not follower.tick() and asked == []
    dialog.close()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert follower.tick() and asked == [True]
