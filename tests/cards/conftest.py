import io

import pytest
from PIL import Image, ImageDraw

from app.cards.design import CardDesign
from app.cards.render import CardFace
from app.domain.cards import card_number_for

TIERS = (("bunny", "Зайка", "#3d7ebf"), ("wolf", "Волк", "#4b5563"), ("lion", "Лев", "#b8860b"))
NAMES = (
    "Елена Смирнова",
    "John Smith",
    "Константин Константинопольский-Щедрин-Преображенский",
    "Alexandra-Maximiliana Worthington-Fotheringhay of Little Snoring",
)


def faces() -> list[CardFace]:
    """Every name in every tier, each with its own number."""
    out = []
    for i, (name, tier) in enumerate((n, t) for n in NAMES for t in TIERS):
        key, tier_name, colour = tier
        out.append(CardFace(name, key, tier_name, card_number_for(1_000_003 * (i + 1)),
                            f"{i % 12 + 1:02d}.2026", colour))
    return out


def logo_png() -> bytes:
    img = Image.new("RGBA", (120, 80), (0, 0, 0, 0))
    ImageDraw.Draw(img).ellipse((5, 5, 115, 75), fill="#f5d76e")
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture
def design() -> CardDesign:
    return CardDesign(shop_name="Кофейня «Утро»", front_text="Кофе и выпечка", qr=True,
                      back_text="Покажите карту или назовите телефон.", phone="+7 495 123-45-67",
                      logo=logo_png())
