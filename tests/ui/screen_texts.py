"""Every text a person can read on a window, and the English source strings to find in them.

Used by test_every_dialog_translated.py: it walks the till and its dialogs in Russian and
Latvian and looks for an English source string (regulars_en.ts) left on the screen."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from app.ui.main import TRANSLATIONS

PLACEHOLDER = re.compile(r"%L?n|%\d+|\{\{?\w+\}?\}")
ROWS_READ = 25  # cells of a long table: its first rows show every kind of word it has


def plain(text: str) -> str:
    """What the eye reads: no accelerator ampersands, no HTML tags or entities."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return html.unescape(re.sub(r"<[^>]+>", "", text)).strip()


class EnglishSources:
    """The English source strings, as whole texts (a placeholder stands for anything, "(s)"
    for a plural's s) and as their longer literal pieces, found inside a longer text."""

    def __init__(self, same: dict[str, str]):
        sources = {plain(m.findtext("source")) for m in
                   ET.parse(TRANSLATIONS / "regulars_en.ts").iter("message")}
        self.sources = sorted(s for s in sources if s not in same)
        wholes, pieces = [], set()
        for source in self.sources:
            parts = PLACEHOLDER.split(source)
            wholes.append(".+?".join(re.escape(p).replace(r"\(s\)", "s?") for p in parts))
            pieces.update(p.strip() for p in parts if len(re.findall(r"[A-Za-z]{2,}", p)) >= 2)
        self._whole = re.compile("|".join(f"(?:{w})" for w in wholes), re.DOTALL)
        self._piece = re.compile("|".join(re.escape(p) for p in sorted(pieces, key=len, reverse=True)))

    def found_in(self, text: str, data: bool = False) -> str | None:
        """The English in ``text`` (a whole source, a line of it, or a longer piece of one);
        ``data`` (a table cell): only a whole text, as a cell may hold a member's own words."""
        lines = [text] if data else [text, *re.split(r"\n| · ", text)]
        for line in lines:
            if line.strip() and self._whole.fullmatch(line.strip()):
                return line.strip()
        match = None if data else self._piece.search(text)
        return match.group(0) if match else None


def texts(window: QWidget) -> list[tuple[str, str, bool]]:
    """(where, text, is data) for everything readable on ``window`` as it is shown now:
    its title, labels, buttons, group boxes, tabs, menus, headers, cells, list items,
    placeholders and tooltips."""
    found = [("title", window.windowTitle(), False)]
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is not window and not widget.isVisibleTo(window) and not isinstance(widget, QMenu):
            continue
        where = type(widget).__name__
        found.extend((where, t, False) for t in _own_texts(widget))
        if widget.toolTip():
            found.append((where + " tooltip", widget.toolTip(), False))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found.extend((where, t, False) for t in _headers(widget))
            found.extend((where + " cell", t, True) for t in _cells(widget.model()))
    return [(where, plain(t), data) for where, t, data in found if t and plain(t)]


def _own_texts(widget: QWidget) -> list[str]:
    if isinstance(widget, (QLabel, QAbstractButton)):
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QLineEdit):
        return [widget.placeholderText()]
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return [widget.placeholderText()] + ([widget.toPlainText()] if widget.isReadOnly() else [])
    if isinstance(widget, QComboBox):
        return [widget.itemText(i) for i in range(widget.count())] + [widget.placeholderText()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, (QMenuBar, QMenu)):
        return [a.text() for a in widget.actions()] + [a.toolTip() for a in widget.actions()
                                                         if a.toolTip() != plain(a.text())]
    return []


def _headers(view: QAbstractItemView) -> list[str]:
    model = view.model()
    return [str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            for c in range(_columns(model))]


def _columns(model) -> int:
    try:
        return model.columnCount(QModelIndex())
    except TypeError:  # a list model (QStringListModel) keeps its column count private
        return 1


def _cells(model) -> list[str]:
    cells = []
    for row in range(min(model.rowCount(QModelIndex()), ROWS_READ)):
        for column in range(_columns(model)):
            index = model.index(row, column)
            cells.append(str(model.data(index) or ""))
            cells.append(str(model.data(index, Qt.ItemDataRole.ToolTipRole) or ""))
    return cells
