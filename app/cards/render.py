"""A member card as an image at print resolution (ISO/IEC 7810 ID-1, Pillow).

Everything is laid out in millimetres and drawn at ``dpi`` (300 by default), with the
DejaVu fonts shipped in ``resources/fonts`` (the package app.resources) so a card looks the same on every machine.
The barcode is drawn bar by bar from python-barcode's EAN-13 modules with a whole
number of pixels per module, so no bar is smeared by resampling, and its quiet zones
stay white.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from app.cards.barcode import ean13_modules
from app.cards.design import CardDesign
from app.resource_files import resource_path

CARD_W_MM, CARD_H_MM = 85.60, 53.98
MARGIN = 4.0  # mm kept clear of the edge: card printers and scissors are not exact
BAND_H = 19.0
MODULE_MM = 0.40  # EAN-13 nominal is 0.33 mm; a little larger reads better on cheap scanners
QUIET_LEFT, QUIET_RIGHT = 11, 7  # modules, as the EAN-13 spec asks
BAR_TOP, BAR_H, GUARD_EXTRA = 35.5, 11.5, 1.3
QR_MM = 15.5
DARK, MUTED, WHITE = "#1f2937", "#4b5563", "#ffffff"
GREY_DARK, GREY_MUTED = 34, 85  # the same inks on the member's (grey) part
LABELS = {"ru": {"since": "Участник с {date}", "phone": "Тел. {phone}"},
          "en": {"since": "Member since {date}", "phone": "Tel. {phone}"},
          "lv": {"since": "Dalība kopš {date}", "phone": "Tālr. {phone}"}}


@dataclass(frozen=True, slots=True)
class CardFace:
    """What one member's card says."""
    name: str
    tier_key: str
    tier_name: str
    number: str
    since: str  # already formatted, e.g. "03.2026"
    tier_colour: str = "#3d7ebf"  # the program's colour, unless the design sets one


def card_size_px(dpi: int = 300) -> tuple[int, int]:
    return round(CARD_W_MM / 25.4 * dpi), round(CARD_H_MM / 25.4 * dpi)


@lru_cache(maxsize=256)
def _font(bold: bool, size_px: int) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(resource_path("fonts", name)), max(4, size_px))


def _text_colour(background: str) -> str:
    r, g, b = (int(background[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return DARK if 0.299 * r + 0.587 * g + 0.114 * b > 0.62 else WHITE


def _wrap(text: str, font, width: float) -> list[str]:
    """Greedy word wrap; a word wider than the line is broken between letters."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if font.getlength(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = word
        while font.getlength(line) > width and len(line) > 1:
            cut = len(line) - 1
            while cut > 1 and font.getlength(line[:cut] + "-") > width:
                cut -= 1
            lines.append(line[:cut] + "-")
            line = line[cut:]
    if line:
        lines.append(line)
    return lines


def _ellipsize(text: str, font, width: float) -> str:
    if font.getlength(text) <= width:
        return text
    while text and font.getlength(text + "…") > width:
        text = text[:-1]
    return text.rstrip() + "…"


def fit_text(text: str, bold: bool, width_px: float, height_px: float, start_px: int,
             min_px: int, max_lines: int = 1) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """The largest font (from ``start_px`` down to ``min_px``) at which ``text`` fits the
    box on one line, else on up to ``max_lines``; at the smallest size what still does
    not fit ends with an ellipsis. Long names shrink or wrap; they never overflow."""
    text = " ".join(text.split())
    sizes = list(range(start_px, min_px - 1, -max(1, start_px // 25))) or [min_px]
    for size in sizes:
        font = _font(bold, size)
        if font.getlength(text) <= width_px and size * 1.15 <= height_px:
            return font, [text]
    for lines_wanted in range(2, max_lines + 1):
        for size in sizes:
            font = _font(bold, size)
            lines = _wrap(text, font, width_px)
            if len(lines) <= lines_wanted and size * 1.15 * len(lines) <= height_px:
                return font, lines
    font = _font(bold, min_px)
    lines = _wrap(text, font, width_px) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = _ellipsize(lines[-1] + " …", font, width_px)
    return font, [_ellipsize(line, font, width_px) for line in lines]


LINE_GAP = 1.3


def fit_paragraphs(text: str, width_px: float, height_px: float, start_px: int,
                   min_px: int) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """Rules text for the back: one size for every paragraph, the largest that fits;
    at the smallest size the lines that do not fit are cut with an ellipsis."""
    paragraphs = [" ".join(p.split()) for p in text.splitlines()]
    sizes = list(range(start_px, min_px - 1, -1)) or [min_px]
    for size in sizes:
        font = _font(False, size)
        lines = [line for p in paragraphs for line in (_wrap(p, font, width_px) or [""])]
        if len(lines) * size * LINE_GAP <= height_px:
            return font, lines
    keep = max(1, int(height_px // (min_px * LINE_GAP)))
    if len(lines) > keep:
        lines = lines[:keep]
        lines[-1] = _ellipsize(lines[-1] + " …", font, width_px)
    return font, lines


class CardRenderer:
    """Renders one design's cards; what every card of a tier shares is drawn once."""

    def __init__(self, design: CardDesign, dpi: int = 300):
        if dpi < 300:
            raise ValueError("cards are printed at 300 dpi or more")
        self.design, self.dpi = design, dpi
        self.size = card_size_px(dpi)
        self._k = dpi / 25.4
        self._fronts: dict[tuple[str, str, str], Image.Image] = {}
        self._backs: dict[str, Image.Image] = {}
        self._logo = self._load_logo()

    def px(self, mm: float) -> int:
        return round(mm * self._k)

    # ---- the front -----------------------------------------------------------------

    def front(self, face: CardFace) -> Image.Image:
        """The whole front, in colour."""
        band, member = self.front_parts(face)
        img = Image.new("RGB", self.size, WHITE)
        img.paste(band, (0, 0))
        img.paste(member.convert("RGB"), (0, band.height))
        return img

    def front_parts(self, face: CardFace) -> tuple[Image.Image, Image.Image]:
        """The front as two stacked pictures: the colour band (shared by every card of
        the tier, the same object each time) and the member's part below it, in grey
        levels only (a third of the pixels of colour: what makes 1,000 cards quick)."""
        band = self._front_background(face)
        img = Image.new("L", (self.size[0], self.size[1] - band.height), 255)
        draw = ImageDraw.Draw(img)
        top = band.height  # the member part's own y = card y - top
        d = self.design
        y = self.px(BAND_H + 2.4) - top
        if d.shows("name"):
            font, lines = fit_text(face.name, True, self.px(CARD_W_MM - 2 * MARGIN),
                                   self.px(9.5), self.px(5.0), self.px(2.9), max_lines=2)
            for line in lines:
                draw.text((self.px(MARGIN), y), line, font=font, fill=GREY_DARK)
                y += round(font.size * 1.15)
        if d.shows("since") and face.since:
            label = LABELS[d.lang]["since"].format(date=face.since)
            font = _font(False, self.px(2.5))
            y = min(y + self.px(0.6), self.px(BAR_TOP - 3.3) - top)
            draw.text((self.px(MARGIN), y), label, font=font, fill=GREY_MUTED)
        self._barcode(draw, face.number, self.px(MARGIN - 1.5), self.px(BAR_TOP) - top)
        if d.qr:
            self._qr(img, face.number, self.px(BAR_TOP) - top)
        return band, img

    def _front_background(self, face: CardFace) -> Image.Image:
        """The band, logo, shop name and tier: the same for every card of a tier."""
        colour = self.design.colour_for(face.tier_key, face.tier_colour)
        key = (face.tier_key, face.tier_name, colour)
        cached = self._fronts.get(key)
        if cached is not None:
            return cached
        d = self.design
        img = Image.new("RGB", (self.size[0], self.px(BAND_H)), colour)
        draw = ImageDraw.Draw(img)
        ink = _text_colour(colour)
        left = MARGIN
        if self._logo is not None:
            logo = self._logo.copy()
            logo.thumbnail((self.px(14), self.px(14)), Image.Resampling.LANCZOS)
            top = self.px((BAND_H - 14) / 2) + (self.px(14) - logo.height) // 2
            img.paste(logo, (self.px(MARGIN), top), logo)
            left = MARGIN + logo.width / self._k + 3
        width = self.px(CARD_W_MM - MARGIN - left)
        font, lines = fit_text(d.shop_name, True, width, self.px(7), self.px(5.6), self.px(3.2))
        draw.text((self.px(left), self.px(2.6)), lines[0], font=font, fill=ink)
        tier_w = 0
        if d.shows("tier"):
            tfont, tlines = fit_text(face.tier_name.upper(), True, self.px(30), self.px(5),
                                     self.px(3.6), self.px(2.4))
            tier_w = tfont.getlength(tlines[0])
            draw.text((self.px(CARD_W_MM - MARGIN) - tier_w, self.px(BAND_H - 6.2)), tlines[0],
                      font=tfont, fill=ink)
        if d.front_text:
            room = width - tier_w - self.px(3)
            ffont, flines = fit_text(d.front_text, False, room, self.px(4), self.px(2.8),
                                     self.px(2.1))
            draw.text((self.px(left), self.px(BAND_H - 6.0)), flines[0], font=ffont, fill=ink)
        self._fronts[key] = img
        return img

    def _barcode(self, draw: ImageDraw.ImageDraw, number: str, x: int, y: int) -> None:
        """EAN-13 with whole-pixel modules; guard bars longer; digits under it when the
        design shows the card number. (x, y) is the top left of the left quiet zone."""
        modules = ean13_modules(number)
        m = max(1, round(MODULE_MM * self._k))
        bars_x = x + QUIET_LEFT * m
        height = self.px(BAR_H)
        guards = set(range(0, 3)) | set(range(45, 50)) | set(range(92, 95))
        show_digits = self.design.shows("number")
        extra = self.px(GUARD_EXTRA) if show_digits else 0
        for i, bit in enumerate(modules):
            if bit == "1":
                bottom = y + height + (extra if i in guards else 0)
                draw.rectangle((bars_x + i * m, y, bars_x + (i + 1) * m - 1, bottom - 1), fill=0)
        if not show_digits:
            return
        font = _font(False, self.px(3.0))
        top = y + height + self.px(0.25)
        draw.text((bars_x - 2 * m, top), number[0], font=font, fill=0, anchor="ra")
        for half, start in ((number[1:7], 3), (number[7:], 50)):
            for j, digit in enumerate(half):
                cx = bars_x + (start + 7 * j + 3.5) * m
                draw.text((cx, top), digit, font=font, fill=0, anchor="ma")

    def _qr(self, img: Image.Image, number: str, y0: int) -> None:
        """A QR code of the card number, whole pixels per module, at the bottom right."""
        import qrcode  # loaded by the first QR drawn: most designs print none
        # A fixed mask: searching for the best of eight costs 25 ms a card and any
        # mask reads (the tests decode every QR they render).
        qr = qrcode.QRCode(version=1, border=0, mask_pattern=2,
                           error_correction=qrcode.constants.ERROR_CORRECT_M)
        qr.add_data(number)  # 13 digits fit version 1 (21 × 21) with room to spare
        qr.make(fit=False)
        matrix = qr.get_matrix()
        count = len(matrix)
        box = max(1, self.px(QR_MM) // count)
        small = Image.frombytes("L", (count, count),
                                bytes(0 if on else 255 for row in matrix for on in row))
        code = small.resize((count * box, count * box), Image.Resampling.NEAREST)
        img.paste(code, (self.px(CARD_W_MM - MARGIN) - code.width, y0))

    # ---- the back --------------------------------------------------------------------

    def back(self, face: CardFace) -> Image.Image:
        """The back says nothing about the member: one picture per tier colour (the
        same object each time)."""
        d = self.design
        colour = d.colour_for(face.tier_key, face.tier_colour)
        cached = self._backs.get(colour)
        if cached is None:
            cached = self._backs[colour] = self._draw_back(colour)
        return cached

    def _draw_back(self, colour: str) -> Image.Image:
        d = self.design
        img = Image.new("RGB", self.size, WHITE)
        draw = ImageDraw.Draw(img)
        draw.rectangle((0, 0, self.size[0], self.px(4)), fill=colour)
        width = self.px(CARD_W_MM - 2 * MARGIN)
        if d.back_text:
            font, lines = fit_paragraphs(d.back_text, width, self.px(36), self.px(2.8),
                                         self.px(2.0))
            y = self.px(7)
            for line in lines:
                draw.text((self.px(MARGIN), y), line, font=font, fill=DARK)
                y += round(font.size * LINE_GAP)
        bottom = self.px(CARD_H_MM - MARGIN - 3.6)
        if d.phone:
            label = LABELS[d.lang]["phone"].format(phone=d.phone)
            font, lines = fit_text(label, True, width // 2 + self.px(8), self.px(5),
                                   self.px(3.4), self.px(2.4))
            draw.text((self.px(MARGIN), bottom), lines[0], font=font, fill=DARK)
        font, lines = fit_text(d.shop_name, False, width // 2 - self.px(10), self.px(5),
                               self.px(3.0), self.px(2.2))
        draw.text((self.px(CARD_W_MM - MARGIN), bottom), lines[0], font=font, fill=MUTED,
                  anchor="ra")
        return img

    def _load_logo(self) -> Image.Image | None:
        if not self.design.logo:
            return None
        with Image.open(io.BytesIO(self.design.logo)) as img:
            return img.convert("RGBA")
