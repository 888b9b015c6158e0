"""The slip as a PDF: one page as narrow as the paper (58 or 80 mm) and as long as the
slip, with real text in the shop's DejaVu font, so it can be printed on any printer,
kept, or mailed, and read back (searched, copied) as text.

Why fpdf2 and not the card sheets' own writer (app/cards/pdf.py): that one places
pictures only, and a slip's words must stay text; fpdf2 is a maintained pure-Python PDF
library that embeds a TrueType font as a subset with its Unicode map, so Cyrillic and
Latvian letters are extractable text.
"""

from __future__ import annotations

from pathlib import Path

from app.domain.slip import Slip, SlipLine
from app.resource_files import resource_path

MARGIN_MM = 3
LINE_MM = {"title": 6.0, "bold": 4.2, "normal": 4.2, "rule": 3.0}
PAPER_MM = {32: 58, 48: 80}
SIZE_PT = {"title": 10, "bold": 7.5, "normal": 7.5, "rule": 7.5}


def paper_width_mm(slip: Slip) -> int:
    return PAPER_MM.get(slip.width, 80)


def write_pdf(slip: Slip, out: Path, title: str = "") -> Path:
    """Write ``slip`` to ``out`` as a one-page PDF the width of its paper."""
    from fpdf import FPDF  # heavy: loads fontTools, needed only when a PDF is made

    width = paper_width_mm(slip)
    height = 2 * MARGIN_MM + sum(LINE_MM[line.style] for line in slip.lines)
    pdf = FPDF(unit="mm", format=(width, height))
    pdf.set_margins(MARGIN_MM, MARGIN_MM, MARGIN_MM)
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", str(resource_path("fonts", "DejaVuSans.ttf")))
    pdf.add_font("DejaVu", "B", str(resource_path("fonts", "DejaVuSans-Bold.ttf")))
    pdf.set_title(title)
    pdf.set_creator("Regulars")
    pdf.add_page()
    usable = width - 2 * MARGIN_MM
    for line in slip.lines:
        _line(pdf, line, usable)
    pdf.output(str(out))
    return out


def _line(pdf, line: SlipLine, usable: float) -> None:
    height = LINE_MM[line.style]
    if line.style == "rule":
        y = pdf.get_y() + height / 2
        pdf.line(MARGIN_MM, y, MARGIN_MM + usable, y)
        pdf.ln(height)
        return
    words = _plain(line.text) + ("  " + _plain(line.value) if line.value else "")
    _fit_font(pdf, line.style, words, usable)
    if line.value:  # a label and its figure, the figure flush right
        pdf.cell(usable, height, _plain(line.text), align="L")
        pdf.set_x(MARGIN_MM)
        pdf.cell(usable, height, _plain(line.value), align="R", new_x="LMARGIN", new_y="NEXT")
        return
    pdf.cell(usable, height, _plain(line.text), align="C" if line.centred else "L",
             new_x="LMARGIN", new_y="NEXT")


def _fit_font(pdf, style: str, words: str, usable: float) -> None:
    """The style's size, made smaller for a line of wide letters: a line the thermal
    layout fits in its characters never runs off the page."""
    size = SIZE_PT[style]
    pdf.set_font("DejaVu", "B" if style in ("title", "bold") else "", size)
    wide = pdf.get_string_width(words)
    if wide > usable:
        pdf.set_font_size(size * usable / wide)


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ").strip()
