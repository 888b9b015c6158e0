"""A rendered card: true size at 300 dpi, its barcode read back by a real decoder,
names that fit."""

import pytest
import zxingcpp

from app.cards.design import CardDesign
from app.cards.render import MARGIN, CardRenderer, _font, card_size_px, fit_text
from app.domain.errors import DomainError, ValidationErrors
from tests.cards.conftest import NAMES, faces, logo_png


def _decoded(img, fmt):
    return [r.text for r in zxingcpp.read_barcodes(img.convert("L"), formats=fmt)]


def test_id1_size_at_300_and_600_dpi():
    # 85.60 x 53.98 mm = 3.370 x 2.125 in
    assert card_size_px(300) == (1011, 638)
    assert card_size_px(600) == (2022, 1275)
    with pytest.raises(ValueError):
        CardRenderer(CardDesign(), dpi=200)


@pytest.mark.parametrize("face", faces(), ids=lambda f: f"{f.tier_key}-{f.name[:12]}")
def test_every_card_barcode_and_qr_read_back(design, face):
    img = CardRenderer(design).front(face)
    assert img.size == (1011, 638)
    assert _decoded(img, zxingcpp.BarcodeFormat.EAN13) == [face.number]
    assert _decoded(img, zxingcpp.BarcodeFormat.QRCode) == [face.number]


def test_barcode_reads_at_600_dpi_without_the_digits_too():
    face = faces()[5]
    design = CardDesign(fields=("name", "tier"))  # no human-readable number
    img = CardRenderer(design, dpi=600).front(face)
    assert img.size == (2022, 1275)
    assert _decoded(img, zxingcpp.BarcodeFormat.EAN13) == [face.number]


def test_barcode_keeps_its_quiet_zones_and_module_width(design):
    face = faces()[0]
    renderer = CardRenderer(design)
    _band, member = renderer.front_parts(face)
    row = member.getpixel  # a scan line through the middle of the bars
    y = renderer.px(35.5 + 5) - _band.height
    xs = [x for x in range(700) if row((x, y)) < 128]  # the QR code starts further right
    first, last = xs[0], xs[-1]
    module = 5  # 0.40 mm at 300 dpi rounds to 5 px = 0.423 mm (EAN-13 allows 0.26–0.66)
    assert last - first + 1 == 95 * module  # start guard to end guard, whole modules
    assert all(row((x, y)) == 255 for x in range(first - 11 * module, first))
    assert all(row((x, y)) == 255 for x in range(last + 1, last + 1 + 7 * module))


def test_long_names_shrink_or_wrap_and_never_pass_the_margin():
    width = 1011 - 2 * round(MARGIN * 300 / 25.4)
    for name in NAMES:
        font, lines = fit_text(name, True, width, 112, 59, 34, max_lines=2)
        assert 1 <= len(lines) <= 2
        assert all(font.getlength(line) <= width for line in lines)
    short_font, short = fit_text("Елена Смирнова", True, width, 112, 59, 34, max_lines=2)
    assert (short_font.size, short) == (59, ["Елена Смирнова"])  # a short name stays big
    long_font, long_lines = fit_text(NAMES[2], True, width, 112, 59, 34, max_lines=2)
    assert len(long_lines) == 2 and long_font.size < 59


@pytest.mark.parametrize("name", NAMES)
def test_nothing_is_drawn_in_the_right_margin(name):
    face = faces()[0]
    face = type(face)(name, face.tier_key, face.tier_name, face.number, face.since)
    renderer = CardRenderer(CardDesign())
    _band, member = renderer.front_parts(face)
    right = renderer.size[0] - renderer.px(MARGIN) + 2
    margin = member.crop((right, 0, member.width, member.height))
    assert margin.getextrema() == (255, 255)


def test_cyrillic_and_latin_glyphs_are_in_the_shipped_font():
    font = _font(True, 60)
    notdef = font.getmask("\U000F0000")  # a private-use character: drawn as the "no glyph" box
    for ch in "ЖЩЁёжщЯAbgQ«»№":
        mask = font.getmask(ch)
        assert mask.getbbox() is not None
        assert (mask.size, bytes(mask)) != (notdef.size, bytes(notdef)), ch


def test_design_refuses_bad_input_all_at_once():
    with pytest.raises(ValidationErrors) as err:
        CardDesign.from_dict({"shop_name": " ", "tier_colours": {"wolf": "grey"}},
                             logo=b"not an image")
    assert sorted(e.code for e in err.value.errors) == ["card_logo", "card_shop_name",
                                                        "program_colour"]
    with pytest.raises(DomainError) as one:
        CardDesign.from_dict({"shop_name": "Shop", "back_text": "x" * 601})
    assert one.value.code == "card_text_long"
    ok = CardDesign.from_dict({"shop_name": " Кофейня ", "fields": ["tier", "bogus", "name"],
                               "tier_colours": {"wolf": "#112233"}}, logo=logo_png())
    assert (ok.shop_name, ok.fields, ok.colour_for("wolf"), ok.colour_for("lion", "#b8860b")) == \
        ("Кофейня", ("name", "tier"), "#112233", "#b8860b")
    assert CardDesign.from_dict(ok.to_dict(), ok.logo) == ok
