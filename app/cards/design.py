"""What the owner chose for the shop's cards: names, colours, which fields show, texts.

A design is data (stored as JSON beside an optional logo image); it is validated
here so the designer, the CLI and the print run refuse the same mistakes.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field, replace

from app.domain.errors import DomainError, ValidationErrors

FIELDS = ("name", "tier", "number", "since")
CARD_LANGUAGES = ("ru", "en", "lv")  # the labels app/cards/render.py draws
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
MAX_LOGO_BYTES = 2_000_000
MAX_TEXT = 600


@dataclass(frozen=True)
class CardDesign:
    shop_name: str = "Regulars"
    # tier key -> "#rrggbb"; a tier without an entry uses the program's colour
    tier_colours: dict[str, str] = field(default_factory=dict)
    fields: tuple[str, ...] = FIELDS
    front_text: str = ""  # a line under the shop name ("Coffee & bakery")
    back_text: str = ""  # the rules, printed on the back; empty = no back
    phone: str = ""  # the shop's phone, on the back
    qr: bool = False  # a QR code of the card number beside the barcode
    lang: str = "ru"  # labels and tier names on the card
    logo: bytes | None = None  # PNG or JPEG

    @property
    def has_back(self) -> bool:
        return bool(self.back_text.strip() or self.phone.strip())

    def shows(self, name: str) -> bool:
        return name in self.fields

    def colour_for(self, tier_key: str, fallback: str = "#3d7ebf") -> str:
        return self.tier_colours.get(tier_key) or fallback

    def to_dict(self) -> dict:
        """The JSON part (the logo is stored beside it, as bytes)."""
        return {"shop_name": self.shop_name, "tier_colours": dict(self.tier_colours),
                "fields": list(self.fields), "front_text": self.front_text,
                "back_text": self.back_text, "phone": self.phone, "qr": self.qr,
                "lang": self.lang}

    @classmethod
    def from_dict(cls, data: dict, logo: bytes | None = None) -> CardDesign:
        """Build and validate; every problem is reported at once, each with its field."""
        errors: list[DomainError] = []
        shop = " ".join(str(data.get("shop_name", "")).split())
        if not shop:
            errors.append(DomainError("card_shop_name", "Give the shop's name for the card.",
                                      field="shop_name"))
        colours = {str(k): str(v) for k, v in (data.get("tier_colours") or {}).items() if v}
        for key, colour in colours.items():
            if not _COLOUR.match(colour):
                errors.append(DomainError("program_colour", "A colour looks like #3d7ebf.",
                                          field=f"tier_colours.{key}"))
        fields = tuple(f for f in FIELDS if f in (data.get("fields") or ()))
        texts = {k: str(data.get(k) or "").strip() for k in ("front_text", "back_text", "phone")}
        for key, value in texts.items():
            if len(value) > MAX_TEXT:
                errors.append(DomainError("card_text_long", "At most {limit} characters fit "
                                          "on a card.", field=key, limit=MAX_TEXT))
        lang = data.get("lang") if data.get("lang") in CARD_LANGUAGES else "ru"
        if logo is not None:
            _check_logo(logo, errors)
        if errors:
            raise errors[0] if len(errors) == 1 else ValidationErrors(errors)
        return cls(shop_name=shop, tier_colours=colours, fields=fields, qr=bool(data.get("qr")),
                   lang=lang, logo=logo or None, **texts)

    def with_logo(self, logo: bytes | None) -> CardDesign:
        if logo is not None:
            errors: list[DomainError] = []
            _check_logo(logo, errors)
            if errors:
                raise errors[0]
        return replace(self, logo=logo or None)


def _check_logo(logo: bytes, errors: list[DomainError]) -> None:
    from PIL import Image, UnidentifiedImageError  # Pillow loads when a logo is checked, not at start
    if len(logo) > MAX_LOGO_BYTES:
        errors.append(DomainError("card_logo", "The logo must be a PNG or JPEG image up to 2 MB.",
                                  field="logo"))
        return
    try:
        with Image.open(io.BytesIO(logo)) as img:
            img.verify()
            ok = img.format in ("PNG", "JPEG")
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        ok = False
    if not ok:
        errors.append(DomainError("card_logo", "The logo must be a PNG or JPEG image up to 2 MB.",
                                  field="logo"))
