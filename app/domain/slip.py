"""The customer's slip: where they stand after a sale, laid out for a paper's width.

Pure: the facts come in plain (services/slips.py reads them), the lines go out with a
simple style each, and every printer (ESC/POS, PDF, the register's own through the API)
prints the same lines. A line never runs past ``width`` characters: long words are
wrapped, and a label with its value is one line when both fit, else two.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from datetime import date, datetime

from app.domain import slip_words as w

STYLES = ("title", "bold", "normal", "rule")
WIDTHS = (32, 48)  # characters of font A on 58 mm and 80 mm paper
MIN_WIDTH = 16


@dataclass(frozen=True, slots=True)
class SlipLine:
    text: str
    style: str = "normal"  # title, bold, normal, rule
    centred: bool = False
    value: str = ""  # printed flush right after ``text`` (a label's figure)


@dataclass(frozen=True, slots=True)
class Slip:
    width: int
    lang: str
    lines: tuple[SlipLine, ...]

    def text(self) -> str:
        """The slip as plain text, a line each, ending in a new line; the no-break spaces
        that keep "2 500 points" on one line are plain spaces here."""
        return "".join(f"{printed(line, self.width)}\n" for line in self.lines)


@dataclass(frozen=True, slots=True)
class SlipFacts:
    """What a slip says about one sale, as the services read it."""
    name: str  # the member's form of address
    at: datetime  # the sale, in the till's local time
    receipt_number: str
    amount_minor: int
    currency: str
    points_earned: int
    points_redeemed: int
    balance: int
    tier_name: str
    next_tier_name: str | None = None
    points_to_next: int = 0
    expiring_points: int = 0
    expiring_on: date | None = None
    campaigns: tuple[tuple[str, int], ...] = ()  # (name, points): part of points_earned
    extras: tuple[tuple[str, int], ...] = ()  # (birthday|referral, points): on top of it
    stamps: tuple[tuple[str, int, int], ...] = ()  # (card, have, need)
    rewards: tuple[str, ...] = ()  # full stamp cards' rewards issued at this sale
    gifts: tuple[str, ...] = ()  # the words said for a gift at this visit
    shop_line: str = ""


def compose_slip(facts: SlipFacts, width: int, lang: str) -> Slip:
    """The slip for one sale in ``lang`` (ru, en, lv; another language gets English)."""
    width = max(MIN_WIDTH, width)
    lang = w.language(lang)
    out = _Lines(width)
    out.wrap(w.word("thanks", lang, name=facts.name), "title", centred=True)
    receipt = w.word("receipt", lang, number=facts.receipt_number) if facts.receipt_number else ""
    out.pair(w.moment(facts.at, lang), receipt)
    out.rule()
    out.pair(w.word("amount", lang), w.money(facts.amount_minor, facts.currency))
    if facts.points_redeemed:
        out.pair(w.word("spent", lang), f"-{w.points(facts.points_redeemed, lang)}")
    out.pair(w.word("earned", lang), f"+{w.points(facts.points_earned, lang)}")
    for name, points in facts.campaigns:
        out.pair(f"  {name}", f"+{w.points(points, lang)}")
    for kind, points in facts.extras:
        out.pair(w.word(f"bonus_{kind}", lang), f"+{w.points(points, lang)}")
    out.pair(w.word("balance", lang), w.points(facts.balance, lang), "bold")
    out.pair(w.word("tier", lang), facts.tier_name)
    _standing(out, facts, lang)
    out.rule()
    if facts.shop_line.strip():
        out.wrap(facts.shop_line.strip(), centred=True)
    return Slip(width, lang, tuple(out.lines))


def _standing(out: _Lines, facts: SlipFacts, lang: str) -> None:
    """What is ahead: the next tier, points about to go, stamps, what is given today."""
    if facts.next_tier_name and facts.points_to_next > 0:
        out.wrap(w.word("next_tier", lang, tier=facts.next_tier_name,
                        points=w.points(facts.points_to_next, lang)))
    if facts.expiring_points > 0 and facts.expiring_on is not None:
        out.wrap(w.word("expiring", lang, day=w.day(facts.expiring_on, lang),
                        points=w.points(facts.expiring_points, lang)))
    for name, have, need in facts.stamps:
        out.wrap(w.word("stamps", lang, name=name, have=have, need=need))
    for what in facts.rewards:
        out.wrap(w.word("reward", lang, what=what), "bold")
    for words in facts.gifts:
        out.wrap(words, "bold")


def trial_slip(shop_line: str, width: int, lang: str) -> Slip:
    """The slip "Print a test slip" prints: the title, every style, the shop's line."""
    lang = w.language(lang)
    out = _Lines(max(MIN_WIDTH, width))
    out.wrap(w.word("test", lang), "title", centred=True)
    out.rule()
    out.wrap("Ирина Петровна · Jānis Bērziņš · ĀČĒĢĪĶĻŅŠŪŽ")
    out.pair(w.word("balance", lang), w.points(1234, lang), "bold")
    out.rule()
    if shop_line.strip():
        out.wrap(shop_line.strip(), centred=True)
    return Slip(out.width, lang, tuple(out.lines))


@dataclass
class _Lines:
    width: int
    lines: list[SlipLine] = field(default_factory=list)

    def wrap(self, text: str, style: str = "normal", centred: bool = False) -> None:
        for piece in textwrap.wrap(text, self.width, break_on_hyphens=False) or [""]:
            self.lines.append(SlipLine(piece, style, centred))

    def pair(self, label: str, value: str, style: str = "normal") -> None:
        """``label`` on the left, ``value`` on the right of one line when both fit."""
        if not value:
            self.wrap(label, style)
            return
        if len(label) + len(value) < self.width:
            self.lines.append(SlipLine(label, style, value=value))
            return
        self.wrap(label, style)
        for piece in textwrap.wrap(value, self.width) or [""]:
            self.lines.append(SlipLine("", style, value=piece))

    def rule(self) -> None:
        self.lines.append(SlipLine("-" * self.width, "rule"))


def printed(line: SlipLine, width: int) -> str:
    """The line as it is printed ``width`` wide: centred if it is, its value flush right,
    plain spaces."""
    text = line.text.center(width).rstrip() if line.centred else line.text
    if line.value:
        text += line.value.rjust(width - len(text))
    return text.replace("\u00a0", " ").replace("\u202f", " ")
