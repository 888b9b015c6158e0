"""The counter's speed as the cashier feels it: results without a fixed pause after the
last key, always for the text in the box, and a whole sale in a handful of keys."""

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from app.services.dto import MemberInput
from app.ui.gui_bench import run_gui_search_benchmark
from app.ui.purchase_dialog import PurchaseDialog
from tests.ui.drive import press, type_into, visible_dialog


def _flush_posted_events() -> None:
    # Not a wait: runs what is already queued (the zero-delay search timer among it).
    for _ in range(3):
        QApplication.processEvents()


def test_results_come_right_after_the_last_key_without_a_fixed_pause(window, qtbot, ivan):
    type_into(qtbot, window.search, "4567")
    _flush_posted_events()  # a 120 ms debounce would not have fired yet
    assert window.results_model.rowCount() == 1
    assert "Ivan Ivanovich Petrov" in window.results_model.stringList()[0]


def test_keys_typed_while_a_search_runs_end_with_the_results_of_the_full_text(
        window, qtbot, terminal, ivan):
    terminal.till.enrol(MemberInput(first_name="Anna", last_name="Ivanova", phone="+7 916 000-11-22",
                               consent=True))
    searched = []
    real_search = terminal.till.search

    def slow_search(text, *args, **kwargs):
        # The cashier keeps typing while the first search is still running: the keys
        # queue up behind it.
        if not searched:
            for char in "67":
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.postEvent(window.search, QKeyEvent(
                        kind, ord(char), Qt.KeyboardModifier.NoModifier, char))
        searched.append(text)
        return real_search(text, *args, **kwargs)
    terminal.till.search = slow_search
    try:
        type_into(qtbot, window.search, "45")
        qtbot.waitUntil(lambda: window.search.text() == "4567" and searched[-1] == "4567")
    finally:
        terminal.till.search = real_search
    assert [h.member_id for h in window.hits] == [ivan.member_id]
    assert window.results_model.rowCount() == 1
    assert "Petrov" in window.results_model.stringList()[0]
    assert searched[0] in ("4", "45")  # the first key searched at once, no fixed delay
    assert len(searched) <= 3  # the queued keys were searched together, not one by one


class _Cashier(QObject):
    """Sends keys only through tests/ui/drive.py and counts each key pressed; watches the
    whole application for a mouse press (there must be none)."""

    def __init__(self, qtbot):
        super().__init__()
        self.qtbot, self.keys, self.mouse = qtbot, [], 0

    def type(self, widget, text: str) -> None:
        assert widget.hasFocus(), f"{widget.objectName()} should already hold the cursor"
        type_into(self.qtbot, widget, text)  # no click: the widget has the focus
        self.keys += list(text)

    def press(self, widget, key) -> None:
        press(self.qtbot, widget, key)
        self.keys.append(key.name)

    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            self.mouse += 1
        return False


def test_a_whole_sale_takes_at_most_14_keys_and_no_mouse(window, qtbot, terminal, ivan):
    cashier = _Cashier(qtbot)
    app = QApplication.instance()
    qtbot.waitUntil(window.search.hasFocus)
    app.installEventFilter(cashier)
    try:
        cashier.type(window.search, "4567")
        qtbot.waitUntil(lambda: window.results_model.rowCount() == 1)
        cashier.press(window.search, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.current is not None)

        def record_the_sale():
            dialog = visible_dialog(PurchaseDialog, qtbot)
            qtbot.waitUntil(dialog.amount.hasFocus)  # F5 puts the cursor in the amount
            cashier.type(dialog.amount, "350")
            cashier.press(dialog.amount, Qt.Key.Key_Return)
        QTimer.singleShot(0, record_the_sale)
        cashier.press(QApplication.focusWidget(), Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: window.banner.isVisible())
        # The till takes the keyboard back after the dialog, as a window manager does.
        qtbot.waitUntil(window.isActiveWindow)
        cashier.press(QApplication.focusWidget() or window, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: window.current is None and window.search.hasFocus())
    finally:
        app.removeEventFilter(cashier)
    assert cashier.mouse == 0
    assert len(cashier.keys) <= 14, cashier.keys
    after = terminal.till.member(ivan.member_id)
    assert after.visits == 1
    assert [v.amount_minor for v in after.last_visits] == [35000]
    assert after.balance == 200 + 10  # the welcome gift, and 3 % of 350.00
    # Ready for the next customer: the box is empty and holds the cursor, and typing
    # there finds the next one at once.
    assert window.search.text() == "" and window.results_model.rowCount() == 0
    type_into(qtbot, window.search, "4567")
    qtbot.waitUntil(lambda: window.results_model.rowCount() == 1)


def test_gui_bench_times_typed_queries_and_checks_the_rows(qtbot, terminal, ivan):
    result = run_gui_search_benchmark(terminal, ["4567", "Petr"], gap_ms=20)
    assert result["gui_search_queries"] == 2
    assert result["gui_search_wrong"] == 0 and result["gui_search_lost"] == 0
    assert 0 < result["gui_search_ms_p50"] <= result["gui_search_ms_p95"]
