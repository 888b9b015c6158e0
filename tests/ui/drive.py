"""Drive widgets only the way a person can: what is on the screen, enabled, and
reachable by the keyboard.

A widget that was built but never laid out (no parent shown, zero size, outside its
window, hidden behind a closed group) is refused with an AssertionError, so a test
that "uses" such a widget fails instead of passing on something no cashier can reach.
Setting a widget's value from a test is not using it: type, press and click here.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QDateTimeEdit, QWidget


def _name(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def assert_reachable(widget: QWidget, keyboard: bool = True) -> None:
    """Fail unless a person can see and reach ``widget``."""
    name = _name(widget)
    assert widget.isVisible(), f"{name} is not visible (built but never shown or laid out?)"
    assert widget.isEnabled(), f"{name} is disabled"
    window = widget.window()
    assert window.isVisible(), f"{name}'s window is not shown"
    assert widget.width() > 0 and widget.height() > 0, f"{name} has no size"
    assert not widget.visibleRegion().isEmpty(), f"{name} is covered or outside its window"
    top_left = widget.mapTo(window, QPoint(0, 0))
    inside = window.rect().intersects(widget.rect().translated(top_left))
    assert inside, f"{name} lies outside its window"
    if keyboard:
        policy = widget.focusPolicy()
        assert policy & Qt.FocusPolicy.TabFocus, f"{name} cannot be reached with Tab"


def focus(qtbot, widget: QWidget) -> None:
    """Put the keyboard focus on ``widget`` as a person would (a click on it)."""
    assert_reachable(widget)
    if not widget.hasFocus():
        window = widget.window()
        if not window.isActiveWindow():
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        if isinstance(widget, (QComboBox, QDateTimeEdit)):
            # A click would open the list or step the date; a person Tabs there and types.
            widget.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=_click_point(widget))
        if not widget.hasFocus():  # offscreen windows may not take a click's focus
            widget.setFocus(Qt.FocusReason.MouseFocusReason)
        qtbot.waitUntil(widget.hasFocus, timeout=2000)


def _click_point(widget: QWidget) -> QPoint:
    return QPoint(max(1, min(widget.width() - 2, 4)), max(1, widget.height() // 2))


def type_into(qtbot, widget: QWidget, text: str, clear: bool = False) -> None:
    """Type ``text`` into ``widget`` key by key (Ctrl+A first when ``clear``)."""
    focus(qtbot, widget)
    if clear:
        qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    _keys(qtbot, widget, text)


def _keys(qtbot, widget: QWidget, text: str) -> None:
    # QTest's keyClicks aborts the process on letters outside Latin-1 (Cyrillic,
    # Latvian): those are sent as the key events a keyboard layout would produce.
    for char in text:
        if char == "\n":  # QTest aborts on a control character: a new line is Enter
            qtbot.keyClick(widget, Qt.Key.Key_Return)
            continue
        if ord(char) < 128:
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def press(qtbot, widget: QWidget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press ``key`` in ``widget``, which must be on the screen and hold the focus
    (or be the window, which forwards keys to whatever holds it)."""
    assert_reachable(widget, keyboard=not widget.isWindow())
    qtbot.keyClick(widget, key, modifier)


def click(qtbot, button: QWidget, keyboard: bool | None = None) -> None:
    """Click a button (or any widget) that a person can see and reach. A button must
    take the Tab focus too, unless ``keyboard=False``: the till's buttons keep the focus
    in the search box on purpose and have an F-key each."""
    if keyboard is None:
        keyboard = isinstance(button, QAbstractButton)
    assert_reachable(button, keyboard=keyboard)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=_click_point(button))


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick the item whose text starts with ``text`` by typing it into the combo box,
    and, where typing lands elsewhere (another item starts with the same letter), by
    the arrow keys, as a person would."""
    focus(qtbot, combo)
    wanted = text.lower()

    def chosen():
        return combo.currentText().lower().startswith(wanted)
    # A person pauses before typing again: the list forgets the letters typed before.
    before = combo.currentIndex()
    combo.view().keyboardSearch("")
    assert combo.currentIndex() == before
    for typed in range(len(text)):  # a person stops typing once the item is chosen
        if chosen() or text[typed] == " ":  # a space would open the list
            break
        _keys(qtbot, combo, text[typed])
    if not chosen():
        targets = [i for i in range(combo.count()) if combo.itemText(i).lower().startswith(wanted)]
        assert targets, f"{_name(combo)} has no item {text!r}"
        step = Qt.Key.Key_Down if targets[0] > combo.currentIndex() else Qt.Key.Key_Up
        for _ in range(abs(targets[0] - combo.currentIndex())):
            qtbot.keyClick(combo, step)
    assert chosen(), f"typing {text!r} into {_name(combo)} chose {combo.currentText()!r}"


def shown(qtbot, dialog):
    """Show ``dialog`` as the app would, active and on the screen, and return it."""
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    return dialog


def visible_dialog(kind: type, qtbot=None, timeout: int = 3000):
    """The shown top-level widget of type ``kind`` (waiting for it when given qtbot)."""
    def find():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                return widget
        return None
    if qtbot is not None:
        qtbot.waitUntil(lambda: find() is not None, timeout=timeout)
    found = find()
    assert found is not None, f"no {kind.__name__} is shown"
    return found


def check(qtbot, box, on: bool = True) -> None:
    """Tick (or untick) a check box with the Space key, as a person does from the keyboard."""
    focus(qtbot, box)
    if box.isChecked() != on:
        qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked() == on, f"Space did not {'tick' if on else 'untick'} {_name(box)}"


def scan(qtbot, widget: QWidget, number: str) -> None:
    """A keyboard-wedge scanner: the digits and Enter, faster than any person, into
    whatever holds the focus (``widget`` must be reachable and is focused first)."""
    focus(qtbot, widget)
    for digit in number:
        qtbot.keyClick(widget, digit)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def menu_action(qtbot, window, *path: str):
    """Open the menu bar's menus along ``path`` with the mouse and return the last
    item (shown and enabled), its menu still open: ``click_menu`` picks it."""
    bar = window.menuBar()
    assert_reachable(bar, keyboard=False)
    actions, host = bar.actions(), bar
    item = None
    for depth, title in enumerate(path):
        matches = [a for a in actions if _plain(a.text()) == title]
        assert matches, f"no menu item {title!r} among {[_plain(a.text()) for a in actions]}"
        item = matches[0]
        assert item.isVisible(), f"menu item {title!r} is hidden"
        assert item.isEnabled(), f"menu item {title!r} is disabled"
        if depth == len(path) - 1:
            break
        qtbot.mouseClick(host, Qt.MouseButton.LeftButton, pos=host.actionGeometry(item).center())
        host = item.menu()
        qtbot.waitUntil(host.isVisible, timeout=2000)
        actions = host.actions()
    return host, item


def click_menu(qtbot, window, *path: str) -> None:
    """Click the menu item at ``path`` (e.g. "Language", "Русский") with the mouse.
    An item that opens a modal dialog returns once that dialog is closed."""
    host, item = menu_action(qtbot, window, *path)
    qtbot.mouseClick(host, Qt.MouseButton.LeftButton, pos=host.actionGeometry(item).center())


def click_link(qtbot, label, href: str) -> None:
    """Click the link ``href`` in a rich-text label where the mouse finds it."""
    assert_reachable(label, keyboard=False)
    hovered = []
    label.linkHovered.connect(hovered.append)
    try:
        for y in range(2, label.height() - 1, 4):
            for x in range(2, label.width() - 1, 4):
                qtbot.mouseMove(label, QPoint(x, y))
                if hovered and hovered[-1] == href:
                    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
                    return
    finally:
        label.linkHovered.disconnect(hovered.append)
    raise AssertionError(f"no link {href!r} under the mouse in {_name(label)}")


def type_date(qtbot, edit, day) -> None:
    """Type the date ``day`` (a date or QDate) into a date edit as a person does: Tab
    into it and type the digits, each part moving on to the next when it is full."""
    from PySide6.QtCore import QDate
    day = QDate(day) if not isinstance(day, QDate) else day
    if edit.hasFocus():  # start again from the first part, as a Tab in would
        edit.clearFocus()
    focus(qtbot, edit)
    digits = "".join(c for c in day.toString(edit.displayFormat()) if c.isdigit())
    _keys(qtbot, edit, digits)
    assert edit.date() == day, f"typing {digits} into {_name(edit)} gave {edit.date().toString()}"


def click_cell(qtbot, table, row: int, column: int = 0) -> None:
    """Click the cell at ``row``, ``column`` of a table or list view with the mouse."""
    index = table.model().index(row, column)
    assert index.isValid(), f"{_name(table)} has no cell {row}, {column}"
    table.scrollTo(index)
    rect = table.visualRect(index)
    viewport = table.viewport()
    assert_reachable(viewport, keyboard=False)
    assert viewport.rect().contains(rect.center()), f"cell {row}, {column} of {_name(table)} is off screen"
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())


def answer_when_asked(qtbot, which, seen: list[str] | None = None) -> None:
    """Answer the next modal message box (``QMessageBox.question`` and the like) by
    clicking its button ``which``, as a person would; its text goes to ``seen``."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    def respond():
        box = visible_dialog(QMessageBox, qtbot)
        if seen is not None:
            seen.append(box.text())
        click(qtbot, box.button(which))
    QTimer.singleShot(0, respond)


def click_tab(qtbot, tabs, which) -> None:
    """Click the tab ``which`` (its index or its title) of a QTabWidget with the mouse."""
    bar = tabs.tabBar()
    index = which if isinstance(which, int) else next(
        i for i in range(bar.count()) if _plain(bar.tabText(i)) == which)
    assert bar.isTabVisible(index) and bar.isTabEnabled(index), f"tab {which!r} cannot be clicked"
    assert_reachable(bar, keyboard=False)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    qtbot.waitUntil(lambda: tabs.currentIndex() == index, timeout=2000)


def sell(window, qtbot, amount: str) -> None:
    """A sale to the open member as the cashier makes it: F5, the amount, Enter; back
    when the till shows its thanks."""
    from PySide6.QtCore import QTimer

    from app.ui.purchase_dialog import PurchaseDialog

    def fill_and_confirm():
        dialog = visible_dialog(PurchaseDialog)
        type_into(qtbot, dialog.amount, amount)
        press(qtbot, dialog.amount, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill_and_confirm)
    press(qtbot, window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.banner.isVisible())
