"""The screen the customer sees: their greeting, status and progress, gifts announced,
the thank-you — and the shop's name between customers.

It shows only what is the customer's own and meant for them: never notes, phone,
e-mail, the cashier's prompt, other members or anything staff-only. It follows the
till through ``follow``: the till's signals drive it, it never asks the database.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from app.services.dto import MemberView, PurchaseResult

STYLE = """
QWidget#customerDisplay { background: #10202e; }
QLabel { color: #f4f1ea; }
QLabel#cdShop { font-size: 44px; font-weight: 600; }
QLabel#cdGreeting { font-size: 40px; font-weight: 600; }
QLabel#cdTier { font-size: 26px; font-weight: 700; padding: 6px 22px; border-radius: 18px; }
QLabel#cdBalance { font-size: 34px; }
QLabel#cdProgress, QLabel#cdStamps, QLabel#cdExpiry { font-size: 24px; }
QLabel#cdExpiry { color: #ffcf70; }
QLabel#cdAnnounce { font-size: 30px; color: #ffe9a8; font-weight: 600; }
QProgressBar { height: 22px; border-radius: 11px; background: #2c3e50; }
QProgressBar::chunk { border-radius: 11px; background: #e0b040; }
"""


def _label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class CustomerDisplay(QWidget):
    def __init__(self, shop_name: str, parent=None, till_name: str = ""):
        # The customer only looks at this screen: the till keeps the keyboard, so the
        # display never takes the focus, neither when shown nor when clicked.
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("customerDisplay")
        self.setWindowTitle(self.tr("Regulars — for the customer"))
        self.setStyleSheet(STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._shop_name = shop_name
        self._till_name = till_name  # which of the shop's tills, on the welcome screen
        self.shop = _label("cdShop")
        self.greeting = _label("cdGreeting")
        self.tier = _label("cdTier")
        self.balance = _label("cdBalance")
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress_text = _label("cdProgress")
        self.stamps = _label("cdStamps")
        self.expiry = _label("cdExpiry")
        self.announcement = _label("cdAnnounce")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.setSpacing(18)
        layout.addStretch(1)
        for widget in (self.shop, self.greeting, self.tier, self.balance, self.progress,
                       self.progress_text, self.stamps, self.expiry, self.announcement):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter
                             if widget is self.tier else Qt.AlignmentFlag(0))
        layout.addStretch(1)
        self.idle()

    # ---- placement -------------------------------------------------------------------

    def show_on_second_screen(self) -> None:
        """Full screen on a second monitor when there is one; a window otherwise."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            self.setGeometry(screens[1].geometry())
            self.showFullScreen()
        else:
            self.resize(900, 600)
            self.show()
        till = self.parentWidget()
        if till is not None:  # where the window manager activates a new window anyway
            till.activateWindow()

    # ---- what the till drives ------------------------------------------------------------

    def _only(self, *visible: QWidget) -> None:
        for widget in (self.shop, self.greeting, self.tier, self.balance, self.progress,
                       self.progress_text, self.stamps, self.expiry, self.announcement):
            widget.setVisible(widget in visible)

    def idle(self) -> None:
        """Between customers: the shop's name, nobody's data."""
        for label in (self.greeting, self.tier, self.balance, self.progress_text, self.stamps,
                      self.expiry, self.announcement):
            label.clear()
        self.progress.setValue(0)
        till = f" · {self._till_name}" if self._till_name else ""
        self.shop.setText(self._shop_name + till + "\n" + self.tr("Welcome!"))
        self._only(self.shop)

    def show_member(self, view: MemberView) -> None:
        """The member's own lines, in their language (the service made the words)."""
        words = view.customer
        self.shop.clear()
        self.greeting.setText(view.greeting)
        self.tier.setText(words.tier_name)
        self.tier.setStyleSheet(f"background: {view.tier_colour}; color: white;")
        self.balance.setText(words.balance)
        visible = [self.greeting, self.tier, self.balance]
        if words.to_next:
            self.progress.setValue(int(view.progress * 1000))
            self.progress_text.setText(words.to_next)
            visible += [self.progress, self.progress_text]
        cards = [f"{s.name}: {'●' * s.have}{'○' * max(0, s.need - s.have)}" for s in view.stamps
                 if s.have > 0]
        self.stamps.setText("\n".join(cards))
        if cards:
            visible.append(self.stamps)
        self.expiry.setText(words.expiry)  # only when worth a warning, as on the till
        if words.expiry:
            visible.append(self.expiry)
        self.announcement.clear()
        self._only(*visible)

    def announce(self, text: str) -> None:
        """A gift or a reward, said out loud and shown."""
        self.announcement.setText(text)
        self.announcement.setVisible(bool(text))

    def thank(self, result: PurchaseResult) -> None:
        lines = [result.thank_you]
        if result.tier_up:
            lines.insert(0, result.new_status)
        self.announce("\n".join(lines))
        self.balance.setText(result.customer_balance)

    def follow(self, till) -> None:
        """Connect to the till's signals."""
        till.member_shown.connect(self.show_member)
        till.cleared.connect(self.idle)
        till.announced.connect(self.announce)
        till.purchase_done.connect(self.thank)
