"""EAN-13 barcode images for member cards (python-barcode + Pillow)."""

from __future__ import annotations

from barcode import EAN13
from barcode.writer import ImageWriter
from PIL import Image

from app.domain.cards import validate_card_number


def ean13_modules(card_number: str) -> str:
    """The 95 modules of the card's EAN-13 symbol, "1" for a bar, guards included."""
    number = validate_card_number(card_number)
    code = EAN13(number[:12])  # python-barcode adds the check digit itself
    if code.get_fullcode() != number:
        raise ValueError(f"barcode {code.get_fullcode()} does not match card {number}")
    return code.build()[0]


def barcode_image(card_number: str, module_width_mm: float = 0.33, dpi: int = 300) -> Image.Image:
    """The card's barcode at print resolution; 0.33 mm modules is EAN-13's nominal size."""
    number = validate_card_number(card_number)
    writer = ImageWriter()
    code = EAN13(number[:12], writer=writer)  # python-barcode adds the check digit itself
    if code.get_fullcode() != number:
        raise ValueError(f"barcode {code.get_fullcode()} does not match card {number}")
    return code.render({"module_width": module_width_mm, "module_height": 15.0,
                        "dpi": dpi, "quiet_zone": 3.6, "font_size": 8, "text_distance": 3})
