"""Service recovery, step by step: let them finish, separate facts from feelings, reflect
the feeling, summarise back, then solve — and only then record the whole complaint.

Nothing is saved before the last step, so a half-told story never reaches the records;
an error sends the cashier back to the step that holds it.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError
from app.services.dto import ComplaintInput, ComplaintView, MemberView
from app.services.terminal import Terminal
from app.ui.compensation_choice import CompensationChoice
from app.ui.error_labels import error_label, with_error
from app.ui.manager_pin import APPROVAL_CODES, with_manager_pin
from app.ui.messages import field_errors

LISTEN, FACTS, REFLECT, SUMMARY, SOLVE, DONE = range(6)
STEPS = 5  # DONE is the result, not a step
# Which step holds the field an error names; the rest (compensation, gift.*) are on SOLVE.
FIELD_STEP = {"facts": FACTS, "opinions": FACTS, "reflection": REFLECT, "summary": SUMMARY}
STYLE = """
QLabel#stepNumber { font-size: 13pt; color: #555; }
QLabel#stepTitle { font-size: 22pt; font-weight: bold; color: #1d4e89; }
QLabel#listen { font-size: 24pt; font-weight: bold; background: #eef4fb; border: 2px solid #4a7bd0;
                border-radius: 8px; padding: 20px; }
QLabel#hint { color: #555; }
QLabel#fieldError { color: #b3261e; }
QRadioButton#reflection { font-size: 16pt; padding: 4px; }
QLabel#sayTitle { font-size: 18pt; color: #555; }
QLabel#sayIt { font-size: 26pt; font-weight: bold; color: #1d4e89; background: #fffbea;
               border: 2px solid #d4a017; border-radius: 8px; padding: 16px; }
QLabel#recorded { font-size: 18pt; font-weight: bold; color: #1e7e34; }
"""


def _label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


def _text_box(placeholder: str, name: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    return box


class ComplaintDialog(QDialog):
    def __init__(self, terminal: Terminal, member: MemberView | None, parent=None):
        super().__init__(parent)
        self._terminal = terminal
        self._member = member
        self._complaint_id = uuid.uuid4()  # one per dialog: a double press records once
        self._auto_summary = ""
        self._discard_warned = False
        self.result_data: ComplaintView | None = None
        self.setWindowTitle(self.tr("Complaint — %1").replace("%1", member.display_name)
                            if member else self.tr("Complaint"))
        self.setStyleSheet(STYLE)
        self.setMinimumSize(760, 600)
        self.errors: dict[str, QLabel] = {}
        self._build_ui()
        self._connect()
        self.go_to(LISTEN)

    # -- building --

    def _build_ui(self) -> None:
        self.step_number = _label(name="stepNumber")
        self.step_title = _label(name="stepTitle")
        self.pages = QStackedWidget()
        for build in (self._build_listen, self._build_facts, self._build_reflect,
                      self._build_summary, self._build_solve, self._build_done):
            self.pages.addWidget(build())
        self.back_button = QPushButton(self.tr("← &Back"))
        self.next_button = QPushButton(self.tr("&Next →  (Enter)"))
        self.next_button.setObjectName("next")
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.close_button = QPushButton(self.tr("Close"))
        self.discard_warning = _label(self.tr("Press Esc again to throw this complaint away; "
                                              "nothing has been recorded yet."))
        self.discard_warning.setObjectName("fieldError")
        self.discard_warning.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step_number)
        layout.addWidget(self.step_title)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.discard_warning)
        layout.addLayout(buttons)

    def _page(self, *widgets: QWidget, stretch_last: bool = True) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 8, 0, 8)
        for widget in widgets:
            column.addWidget(widget)
        if stretch_last:
            column.addStretch(1)
        return page

    def _build_listen(self) -> QWidget:
        prompt = _label(self.tr("Listen without interrupting. Don't explain or defend yet."),
                        "listen")
        hint = _label(self.tr("Let them say everything; nod, keep eye contact. When they have "
                              "finished, press Enter."), "hint")
        return self._page(prompt, hint)

    def _build_facts(self) -> QWidget:
        hint = _label(self.tr("Facts are what can be checked; feelings are how it was for them. "
                              "Write them apart. (Shift+Enter: a new line.)"), "hint")
        self.facts = _text_box(self.tr("What happened: times, orders, amounts"), "facts")
        self.opinions = _text_box(self.tr("How they feel about it, in their words"), "opinions")
        self.errors["facts"] = error_label()
        self.errors["opinions"] = error_label()
        return self._page(hint, _label(self.tr("Facts"), "sectionTitle"),
                          with_error(self.facts, self.errors["facts"]),
                          _label(self.tr("Their feelings and opinions"), "sectionTitle"),
                          with_error(self.opinions, self.errors["opinions"]), stretch_last=False)

    def reflection_phrases(self) -> list[str]:
        return [self.tr("I can see this really upset you."),
                self.tr("In your place I'd be unhappy too."),
                self.tr("I understand — you were counting on us and we let you down."),
                self.tr("Thank you for telling us; this matters.")]

    def _build_reflect(self) -> QWidget:
        hint = _label(self.tr("Say one of these in your own voice, so they know they were heard:"),
                      "hint")
        self.reflection_group = QButtonGroup(self)
        self.reflections: list[QRadioButton] = []
        for text in self.reflection_phrases():
            radio = QRadioButton(text)
            radio.setObjectName("reflection")
            self.reflection_group.addButton(radio)
            self.reflections.append(radio)
        self.reflections[0].setChecked(True)
        self.own_reflection = QRadioButton(self.tr("My own words:"))
        self.reflection_group.addButton(self.own_reflection)
        self.own_text = QLineEdit()
        self.own_text.setObjectName("ownReflection")
        self.errors["reflection"] = error_label()
        own = QWidget()
        row = QHBoxLayout(own)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.own_reflection)
        row.addWidget(self.own_text, 1)
        return self._page(hint, *self.reflections, own, self.errors["reflection"])

    def _build_summary(self) -> QWidget:
        hint = _label(self.tr("Read it back to them and let them correct you; fix the text if "
                              "they do."), "hint")
        self.summary = _text_box("", "summary")
        self.errors["summary"] = error_label()
        return self._page(hint, with_error(self.summary, self.errors["summary"]),
                          stretch_last=False)

    def _build_solve(self) -> QWidget:
        hint = _label(self.tr("Agree what happens next. A compensation is a gift: you will get "
                              "the words to say it."), "hint")
        self.solution = _text_box(self.tr("What we will do about it"), "solution")
        self.solution.setMaximumHeight(110)
        self.errors["solution"] = error_label()
        return self._page(hint, with_error(self.solution, self.errors["solution"]),
                          self._build_compensation())

    def _build_compensation(self) -> QWidget:
        choice = CompensationChoice(self._terminal.program, self._member is not None)
        self.compensation = choice
        # the fields the wizard reads, checks and focuses on an error
        self.comp_radios, self.points = choice.radios, choice.points
        self.discount, self.gift = choice.discount, choice.gift
        self.errors.update(choice.errors)
        return choice

    def _build_done(self) -> QWidget:
        self.recorded = _label(self.tr("The complaint is recorded."), "recorded")
        self.say_title = _label(self.tr("Say it out loud:"), "sayTitle")
        self.phrase = _label(name="sayIt")
        self.phrase.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.after = _label(self.tr("Thank them for telling you, and do what you promised. The "
                                    "manager follows it up."), "hint")
        return self._page(self.recorded, self.say_title, self.phrase, self.after)

    # -- behaviour --

    def _connect(self) -> None:
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next_step)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self._close)
        self.own_text.textEdited.connect(lambda _text: self.own_reflection.setChecked(True))
        for box in (self.facts, self.opinions, self.summary, self.solution):
            box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Enter moves on from a text box too; Shift+Enter starts a new line in it."""
        if (event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.next_step()
            return True
        return super().eventFilter(watched, event)

    def step(self) -> int:
        return self.pages.currentIndex()

    def go_to(self, step: int) -> None:
        self._discard_warned = False
        self.discard_warning.hide()
        if step == SUMMARY:
            self._prefill_summary()
        self.pages.setCurrentIndex(step)
        titles = [self.tr("Let them finish"), self.tr("Facts apart from feelings"),
                  self.tr("Reflect the feeling"), self.tr("Summarise back"),
                  self.tr("Solve it"), self.tr("Done")]
        self.step_title.setText(titles[step])
        self.step_number.setText(self.tr("Step %1 of %2").replace("%1", str(step + 1))
                                 .replace("%2", str(STEPS)) if step != DONE else "")
        done = step == DONE
        self.back_button.setVisible(not done and step != LISTEN)
        self.next_button.setVisible(not done)
        self.cancel_button.setVisible(not done)
        self.close_button.setVisible(done)
        self.close_button.setDefault(done)
        self.next_button.setDefault(not done)
        self.next_button.setText(self.tr("Record the complaint (Enter)") if step == SOLVE
                                 else self.tr("&Next →  (Enter)"))
        self._focus(step)

    def _focus(self, step: int) -> None:
        target = {LISTEN: self.next_button, FACTS: self.facts,
                  REFLECT: self.reflection_group.checkedButton() or self.reflections[0],
                  SUMMARY: self.summary, SOLVE: self.solution, DONE: self.close_button}[step]
        target.setFocus()
        if step == SUMMARY:
            self.summary.moveCursor(QTextCursor.MoveOperation.End)

    def _prefill_summary(self) -> None:
        """"Let me check I understood: " and the facts — until the cashier rewrites it."""
        current = self.summary.toPlainText()
        if current and current != self._auto_summary:
            return
        facts = " ".join(self.facts.toPlainText().split())
        self._auto_summary = self.tr("Let me check I understood: ") + facts
        self.summary.setPlainText(self._auto_summary)

    def back(self) -> None:
        if LISTEN < self.step() < DONE:
            self.go_to(self.step() - 1)

    def next_step(self) -> None:
        if self.step() == SOLVE:
            self.record()
        elif self.step() < SOLVE:
            self.go_to(self.step() + 1)

    def reflection(self) -> str:
        checked = self.reflection_group.checkedButton()
        if checked is self.own_reflection:
            return self.own_text.text()
        return checked.text() if checked else ""

    def collect(self) -> ComplaintInput:
        key = self.compensation.key()
        try:
            gift = self.gift.read(reason="complaint") if key == "gift" else None
        except DomainError as exc:
            raise DomainError(exc.code, exc.message, field="gift." + (exc.field or "value")) from exc
        return ComplaintInput(
            facts=self.facts.toPlainText(), opinions=self.opinions.toPlainText(),
            reflection=self.reflection(), summary=self.summary.toPlainText(),
            solution=self.solution.toPlainText(), compensation=key,
            points=self.points.value() if key == "points" else 0,
            discount_percent=self.discount.value() if key == "discount" else 0, gift=gift)

    def record(self) -> None:
        if self.result_data is not None:
            return
        self._clear_errors()
        member_id = self._member.member_id if self._member else None
        try:
            data = self.collect()
            self.result_data = self._terminal.till.record_complaint(self._complaint_id, member_id,
                                                               data)
        except DomainError as exc:
            if exc.code in APPROVAL_CODES:  # compensation above what a cashier gives alone
                self.result_data = with_manager_pin(self, exc, lambda approval: (
                    self._terminal.till.record_complaint(self._complaint_id, member_id, data,
                                                    approval)))
            if self.result_data is None:
                self._show_errors(field_errors(exc))
                return
        self._show_done(self.result_data)

    def _clear_errors(self) -> None:
        self.gift.clear_errors()
        for label in self.errors.values():
            label.clear()
            label.hide()

    def _show_errors(self, messages: dict[str, str]) -> None:
        """Each message beside its field; then go to the step holding the first one."""
        for name, text in messages.items():
            if name.startswith("gift."):
                self.gift.show_errors({name.removeprefix("gift."): text})
                continue
            label = self.errors.get(name, self.errors[""])
            label.setText(text)
            label.show()
        first = next(iter(messages), "")
        self.go_to(FIELD_STEP.get(first, SOLVE))
        widget = self._error_widget(first)
        if widget is not None:
            widget.setFocus()

    def _error_widget(self, name: str) -> QWidget | None:
        if name.startswith("gift."):
            return self.gift.field_widget(name.removeprefix("gift."))
        return {"facts": self.facts, "opinions": self.opinions, "summary": self.summary,
                "solution": self.solution, "points": self.points,
                "discount": self.discount}.get(name)

    def _show_done(self, view: ComplaintView) -> None:
        words = view.phrase
        if not words and view.compensation == "discount":
            words = self.tr("Next time you get %1% off — our apology.").replace(
                "%1", str(view.discount_percent))
        self.say_title.setVisible(bool(words))
        self.phrase.setVisible(bool(words))
        self.phrase.setText(f"«{words}»" if words else "")
        self._gift_to_confirm = view.gift_id
        self.go_to(DONE)
        if view.gift_id is not None:
            self.close_button.setText(self.tr("Said it"))

    def _close(self) -> None:
        """Closing the words page confirms they were said: the gift report counts them."""
        gift_id = getattr(self, "_gift_to_confirm", None)
        if gift_id is not None:
            self._terminal.till.confirm_said(gift_id)
        self.accept()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Esc in the middle of a story asks once more before throwing it away."""
        if (event.key() == Qt.Key.Key_Escape and self.result_data is None
                and not self._discard_warned and self._has_story()):
            self._discard_warned = True
            self.discard_warning.show()
            return
        super().keyPressEvent(event)

    def _has_story(self) -> bool:
        return any(box.toPlainText().strip() for box in (self.facts, self.opinions, self.solution))

    def reject(self) -> None:
        # Once recorded, closing is finishing; before that, Cancel leaves nothing behind.
        if self.result_data is not None:
            self.accept()
            return
        super().reject()
