"""The thermal slip as the printer makes it, as a picture: font A's 12 x 24 dot cells at
203 dpi, drawn with the shop's DejaVu font, for a preview and for the tests (what is
printed, and that no line runs past the paper's printable width).
"""

from __future__ import annotations

from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from app.domain.slip import Slip, printed
from app.resource_files import resource_path

DPI = 203
CELL_W, CELL_H = 12, 24  # font A, in dots
PRINTABLE_DOTS = {32: 384, 48: 576}  # 48 and 72 mm of 58 and 80 mm paper
PAPER_DOTS = {32: round(58 / 25.4 * DPI), 48: round(80 / 25.4 * DPI)}


@lru_cache(maxsize=4)
def _font(bold: bool) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(resource_path("fonts", name)), 18)


def paper_dots(width_chars: int) -> int:
    return PAPER_DOTS.get(width_chars, round(width_chars * CELL_W * 1.2))


def margin_dots(width_chars: int) -> int:
    """The unprintable edge on each side: the paper is wider than its 12-dot cells."""
    return (paper_dots(width_chars) - width_chars * CELL_W) // 2


def render(slip: Slip, extra_dots: int = 0) -> Image.Image:
    """The slip, black on white, one band of 24 dots a line (48 for a title).
    ``extra_dots``: blank room past the paper's right edge, where a test looks for ink
    that would have fallen off the paper."""
    heights = [CELL_H * (2 if line.style == "title" else 1) for line in slip.lines]
    img = Image.new("L", (paper_dots(slip.width) + extra_dots, sum(heights) + CELL_H), 255)
    y = CELL_H // 2
    for line, height in zip(slip.lines, heights, strict=True):
        text = printed(line, slip.width)
        img.paste(_band(text, line.style in ("title", "bold"), len(text)),
                  (margin_dots(slip.width), y))
        if height > CELL_H:  # double height: the band stretched, as the printer does
            band = img.crop((0, y, img.width, y + CELL_H)).resize((img.width, height))
            img.paste(band, (0, y))
        y += height
    return img


def _band(text: str, bold: bool, cells: int) -> Image.Image:
    """One line in cells of 12 dots; a glyph wider than its cell is squeezed into it."""
    band = Image.new("L", (max(1, cells) * CELL_W, CELL_H), 255)
    draw = ImageDraw.Draw(band)
    font = _font(bold)
    for i, ch in enumerate(text):
        if ch == " ":
            continue
        width = font.getlength(ch)
        if width <= CELL_W:
            draw.text((i * CELL_W + (CELL_W - width) / 2, 2), ch, font=font, fill=0)
            continue
        glyph = Image.new("L", (round(width) + 1, CELL_H), 255)
        ImageDraw.Draw(glyph).text((0, 2), ch, font=font, fill=0)
        band.paste(glyph.resize((CELL_W, CELL_H)), (i * CELL_W, 0))
    return band
