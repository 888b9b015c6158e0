"""The till and every dialog its menus and keys open, walked in Russian, Latvian and English:
no English source string is left on a Russian or Latvian screen, and no English screen
shows a plural's "(s)" or a placeholder.

A demo shop (members, purchases, gifts, complaints), one member open; every menu item
and key that opens a dialog is used, each dialog read on every tab, then closed."""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QProgressBar, QTabWidget
from pytestqt.exceptions import TimeoutError

from app.bootstrap import open_app
from app.domain.program import Line
from app.services.context import SYSTEM
from app.services.dto import MemberInput
from app.services.startup import CannotOpen
from app.ui.complaint_dialog import SOLVE, ComplaintDialog
from app.ui.customer_display import CustomerDisplay
from app.ui.formats import use_language
from app.ui.login_dialog import LoginDialog
from app.ui.main import TRANSLATIONS, install_translator, make_window
from app.ui.manager_pin import ManagerPinDialog
from app.ui.offline_aside import SetAsideDialog
from app.ui.reconnect_dialog import ReconnectDialog
from app.ui.till_name_dialog import TillNameDialog
from app.ui.verify_dialog import VerifyDialog
from app.ui.withdraw_dialog import WithdrawConsentDialog
from tests.ui.drive import click, click_menu, click_tab, press, shown
from tests.ui.screen_texts import EnglishSources, plain, texts

# Source strings a Russian or Latvian screen shows as English does, each with why.
SAME = {
    "PIN": "Russian and Latvian say PIN too",
    "E-mail": "Russian writes E-mail as English does (Latvian: E-pasts)",
    "PDF (*.pdf)": "a file type's name and pattern",
    "%1%": "a number and the percent sign",
}
SAME_IN = {"ru": {}, "lv": {"no": "Latvian for 'from' (a period: no … līdz …), not the English 'no'"}}
KEYS = (Qt.Key.Key_F5, Qt.Key.Key_F2, Qt.Key.Key_F4, Qt.Key.Key_F6, Qt.Key.Key_F9,
        Qt.Key.Key_F7, Qt.Key.Key_F8)
# The sign-in, the till, the customer's screen; the keys' purchase, enrolment, edit and
# donation (pay with points opens the purchase); the member menu's gift, complaint (each
# step), personal data, card print, lost card, refund and adjustment; Manage's dialogs (some
# share a title with the member menu's); and six asked elsewhere (_asked_elsewhere).
WINDOWS = 33
LEFT_OVER = re.compile(r"\w\(s\)|%L?\d|%L?n\b|\{\w+\}")  # a plural's "(s)", a placeholder
# ...except in the program editor's help for the words to say, which names the placeholders
TEMPLATE_HELP = "{what}"


@pytest.fixture
def speaking(qapp):
    """Install the till's catalogue and Qt's own for a language, as the app does at start."""
    added = []

    def install(lang: str) -> None:
        before = set(qapp.findChildren(QTranslator))
        install_translator(qapp, lang)
        added.extend(t for t in qapp.findChildren(QTranslator) if t not in before)
    yield install
    for translator in added:
        qapp.removeTranslator(translator)
    use_language("en")


class Dialogs:
    """While a key or menu item runs, every modal dialog it opens is read on all its tabs
    and closed with Esc (or, if Esc only asks "throw it away?", closed outright)."""

    def __init__(self, qtbot, seen: list):
        self.qtbot, self.seen, self.opened = qtbot, seen, []
        self.timer = QTimer(interval=25)
        self.timer.timeout.connect(self._tick)

    def __enter__(self):
        self.timer.start()
        return self

    def __exit__(self, *exc):
        self.timer.stop()

    def _tick(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or not modal.isVisible():
            return
        if any(modal is seen for seen in self.opened):  # Esc was not enough
            QDialog.done(modal, 0)
            return
        self.opened.append(modal)
        self.timer.stop()
        try:
            read_all(self.qtbot, modal, self.seen)
            press(self.qtbot, modal, Qt.Key.Key_Escape)
        finally:
            self.timer.start()


def read_all(qtbot, window, seen: list) -> None:
    """The texts of ``window`` on each tab of each of its tab widgets."""
    try:  # work started on opening (the reports) says "Counting…" until it is done
        qtbot.waitUntil(lambda: not _busy(window), timeout=10_000)
    except TimeoutError:
        pass  # read what is there: the words of the wait are read too
    seen.extend((window.windowTitle(), *t) for t in texts(window))
    if isinstance(window, ComplaintDialog):  # a step at a time, up to recording it
        while window.step() < SOLVE:
            click(qtbot, window.next_button)
            seen.extend((window.windowTitle(), *t) for t in texts(window))
    walked = []
    while True:
        tabs = [t for t in window.findChildren(QTabWidget)
                if t.isVisible() and not any(t is w for w in walked)]
        if not tabs:
            return
        walked.append(tabs[0])
        for index in range(tabs[0].count()):
            if tabs[0].isTabEnabled(index) and tabs[0].isTabVisible(index):
                click_tab(qtbot, tabs[0], index)
                seen.extend((window.windowTitle(), *t) for t in texts(window))


def _busy(window) -> bool:
    return (any(b.isVisible() and b.maximum() == 0 for b in window.findChildren(QProgressBar))
            or any(label.isVisible() and label.text().endswith("…")
                   for label in window.findChildren(QLabel, "busy")))


def _demo_shop(tmp_path, lang: str):
    terminal = open_app(str(tmp_path / f"walk-{lang}.sqlite3"), lang, acting=SYSTEM).terminal
    terminal.admin.add_demo_members(25, seed=1, showcase=True)
    mid = terminal.till.enrol(MemberInput(first_name="Anna", last_name="Bērziņa", consent=True,
                                          phone="+7 916 123-45-67", notes="oat milk"))
    for amount in (4_800_000, 2_300_000):
        terminal.till.record_purchase(uuid.uuid4(), mid, amount, lines=(Line("coffee", 60000, 3),))
    return terminal, mid


def program_english(program, lang: str) -> re.Pattern:
    """The program's English names, perks and rewards, unless ``lang`` says them the same
    way: left on a screen of that language, the till fell back to English (the program
    lacks ``lang``)."""
    named = [(i.names, i.name("en")) for i in (*program.tiers, *program.categories,
                                                *program.campaigns, *program.stamp_cards,
                                                *program.causes)]
    named += [(t.perks, t.perks_text("en")) for t in program.tiers]
    named += [(s.reward, s.reward_text("en")) for s in program.stamp_cards]
    words = {english for given, english in named if given.get(lang) != english}
    # as written: "Coffee" the category, not the coffee of a member's complaint
    return re.compile("|".join(rf"\b{re.escape(w)}\b" for w in sorted(words) if w) or "(?!)")


def walk(qtbot, tmp_path, lang: str, terminal_out: list | None = None) -> list[tuple[str, str, str, bool]]:
    """(window title, where, text, is data) for the till and every dialog it opens."""
    terminal, mid = _demo_shop(tmp_path, lang)
    if terminal_out is not None:
        terminal_out.append(terminal)
    seen: list = []
    read_all(qtbot, shown(qtbot, LoginDialog(terminal.sign_in)), seen)
    window = make_window(terminal)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    display = CustomerDisplay(terminal.program.name, window, terminal.ctx.till_name)
    display.follow(window)
    display.show()
    try:
        window.show_member(mid)
        read_all(qtbot, display, seen)
        with Dialogs(qtbot, seen):
            for key in KEYS:
                window.activateWindow()  # the cashier's window, not the customer's
                qtbot.waitUntil(window.isActiveWindow, timeout=2000)
                press(qtbot, window, key)
                window.show_member(mid)
                read_all(qtbot, window, seen)
            for menu in window.menuBar().actions():
                _walk_menu(qtbot, window, menu, mid, seen)
        for dialog in _asked_elsewhere(terminal, mid):
            read_all(qtbot, shown(qtbot, dialog), seen)
            dialog.close()
    finally:
        QApplication.instance().removeEventFilter(window.scanner)
    return seen


def _asked_elsewhere(terminal, mid) -> list:
    """Dialogs no menu or key of a signed-in owner opens: the first start's till name, a
    shop's server away, a sale set aside, a cashier's limit, the check before points are
    spent, the withdrawal of consent (a button in Personal data)."""
    def still_away():
        raise CannotOpen("no answer", restorable=True, server="db.shop.lan")
    member = terminal.till.member(mid)
    why = QApplication.translate("Messages", "A manager must allow this with their PIN.")
    return [TillNameDialog(), VerifyDialog(member), ManagerPinDialog(why, lambda _approval: None),
            WithdrawConsentDialog(terminal, member),
            SetAsideDialog(list, terminal.ctx, terminal.program.currency),
            ReconnectDialog(still_away, CannotOpen("no answer", restorable=True,
                                                   server="db.shop.lan"))]


def _walk_menu(qtbot, window, menu, mid, seen) -> None:
    title = plain(menu.text())
    language_menu = any(a.data() in ("ru", "en", "lv") for a in menu.menu().actions())
    for action in menu.menu().actions():
        if action.isSeparator() or language_menu or not action.isEnabled():
            continue
        click_menu(qtbot, window, title, plain(action.text()))
        if window.current is None:  # the member's menu needs one open
            window.show_member(mid)
        read_all(qtbot, window, seen)


@pytest.mark.parametrize("lang", ["ru", "lv"])
def test_no_english_is_left_on_any_screen(qtbot, tmp_path, speaking, lang):
    speaking(lang)
    english = EnglishSources(SAME | SAME_IN[lang])
    opened: list = []
    seen = walk(qtbot, tmp_path, lang, opened)
    program_words = program_english(opened[0].program, lang)
    editor = QApplication.translate("ProgramEditor", "Loyalty program")  # its EN columns show them
    assert sorted({f"{title} / {where}: {text!r}" for title, where, text, _ in seen
                   if title != editor and program_words.search(text)}) == []
    titles = {title for title, *_ in seen}
    assert len(titles) >= WINDOWS, f"only {len(titles)} windows were opened: {sorted(titles)}"
    left = sorted({f"{title} / {where}: {text!r} has {found!r}"
                   for title, where, text, data in seen
                   if (found := english.found_in(text, data))})
    assert left == []
    assert sorted({text for _, _, text, _ in seen if LEFT_OVER.search(text) and TEMPLATE_HELP not in text}) == []


def test_english_screens_have_their_plurals_and_no_placeholders(qtbot, tmp_path, speaking):
    speaking("en")
    seen = walk(qtbot, tmp_path, "en")
    assert len({title for title, *_ in seen}) >= WINDOWS
    assert sorted({text for _, _, text, _ in seen if LEFT_OVER.search(text) and TEMPLATE_HELP not in text}) == []


@pytest.mark.parametrize("lang", ["ru", "lv"])
def test_every_string_of_the_catalogue_is_translated(lang):
    """The walk sees what the screens show; a string shown only on an error is checked here."""
    tree = ET.parse(TRANSLATIONS / f"regulars_{lang}.ts")
    unfinished = [m.findtext("source") for m in tree.iter("message")
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
                  or not "".join(m.find("translation").itertext()).strip()]
    assert unfinished == []
