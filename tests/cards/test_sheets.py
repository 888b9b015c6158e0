"""PDF sheets measured from the file: page size, where each card is, crop marks off
the cards, and every barcode read back from the page rasterised at 300 dpi."""


import pytest
import zxingcpp
from pypdf import PdfReader
from pypdf.generic import ContentStream

from app.cards.design import CardDesign
from app.cards.render import CardRenderer
from app.cards.sheets import PAPER, CardsCancelled, drawn_pages, plan_pages, write_pdf
from tests.cards.conftest import faces
from tests.cards.pdf_pages import raster

MM = 72 / 25.4
# Worked out by hand: two columns of 85.60 mm with a 6 mm gap centred on 210 mm,
# five rows of 53.98 mm with 3 mm gaps centred on 297 mm.
COL_X = (16.40, 108.00)
ROW_Y = (7.55, 64.53, 121.51, 178.49, 235.47)


def _placements(reader: PdfReader, page_no: int):
    """Images (x, y from the top, w, h in mm) and lines, read from the page's content."""
    page = reader.pages[page_no]
    height = float(page.mediabox.height)
    ops = ContentStream(page.get_contents(), reader).operations
    images, lines, matrix, start = [], [], None, None
    for operands, op in ops:
        if op == b"cm":
            matrix = [float(v) for v in operands]
        elif op == b"Do":
            a, _b, _c, d, e, f = matrix
            images.append((e / MM, (height - f - d) / MM, a / MM, d / MM))
        elif op == b"m":
            start = [float(v) for v in operands]
        elif op == b"l":
            x2, y2 = (float(v) for v in operands)
            lines.append((start[0] / MM, (height - start[1]) / MM, x2 / MM, (height - y2) / MM))
    return images, lines


def _cards(images):
    """A front is a colour band with the member's part right under it: join them."""
    tops = sorted(images, key=lambda r: (r[0], r[1]))
    cards, i = [], 0
    while i < len(tops):
        x, y, w, h = tops[i]
        if i + 1 < len(tops) and abs(tops[i + 1][0] - x) < 1e-3 and abs(tops[i + 1][1] - (y + h)) < 1e-3:
            h += tops[i + 1][3]
            i += 1
        cards.append((round(x, 2), round(y, 2), round(w, 2), round(h, 2)))
        i += 1
    return sorted(cards, key=lambda r: (r[1], r[0]))


def _decoded_by_slot(img):
    """{(col, row): number} for every EAN-13 read on a rasterised A4 page."""
    found = {}
    for r in zxingcpp.read_barcodes(img.convert("L"), formats=zxingcpp.BarcodeFormat.EAN13):
        cx = (r.position.top_left.x + r.position.bottom_right.x) / 2 / 300 * 25.4
        cy = (r.position.top_left.y + r.position.bottom_right.y) / 2 / 300 * 25.4
        col = next(i for i, x in enumerate(COL_X) if x < cx < x + 85.6)
        row = next(i for i, y in enumerate(ROW_Y) if y < cy < y + 53.98)
        found[(col, row)] = r.text
    return found


def test_a4_sheets_measured_from_the_file(tmp_path, design):
    batch = faces()  # 12: every name (Cyrillic, Latin, very long) in every tier
    out = tmp_path / "cards.pdf"
    assert write_pdf(out, batch, design, "a4") == 4  # 10 + 2 fronts, each with its backs
    reader = PdfReader(str(out))
    assert len(reader.pages) == 4
    for page in reader.pages:
        assert (round(float(page.mediabox.width), 2), round(float(page.mediabox.height), 2)) == \
            (595.28, 841.89)  # A4 in points
    expected = [(x, y, 85.6, 53.98) for y in ROW_Y for x in COL_X]
    fronts, marks = _placements(reader, 0)
    assert _cards(fronts) == expected
    assert _cards(_placements(reader, 2)[0]) == expected[:2]
    backs, _ = _placements(reader, 1)
    assert sorted((round(x, 2), round(y, 2)) for x, y, _w, _h in backs) == \
        sorted((x, y) for x, y, _w, _h in expected)
    # crop marks: on every cut line, never on a card
    assert len(marks) == 4 * 2 + 10 * 3
    for x1, y1, x2, y2 in marks:
        for cx, cy, w, h in expected:
            inside_x = cx < max(x1, x2) and min(x1, x2) < cx + w
            inside_y = cy < max(y1, y2) and min(y1, y2) < cy + h
            assert not (inside_x and inside_y)
    assert {round(x1, 2) for x1, _y1, x2, _y2 in marks if x1 == x2} == \
        {16.4, 102.0, 108.0, 193.6}


def test_a4_barcodes_read_from_the_page_at_300_dpi(tmp_path, design):
    batch = faces()
    out = tmp_path / "cards.pdf"
    write_pdf(out, batch, design, "a4")
    first = raster(out, 0, "RGB")
    assert abs(first.size[0] - 2480) <= 1 and abs(first.size[1] - 3508) <= 1  # 300 dpi
    assert _decoded_by_slot(first) == {(i % 2, i // 2): batch[i].number for i in range(10)}
    assert _decoded_by_slot(raster(out, 2, "RGB")) == {(0, 0): batch[10].number,
                                                (1, 0): batch[11].number}
    # the card's band is where the file says: its tier colour 2 mm inside the top left
    for i in range(10):
        x, y = COL_X[i % 2] + 2, ROW_Y[i // 2] + 2
        pixel = first.getpixel((round(x / 25.4 * 300), round(y / 25.4 * 300)))
        assert "#%02x%02x%02x" % pixel[:3] == batch[i].tier_colour
    # backs are mirrored: card 0's back is on the right of the back sheet
    back = raster(out, 1, "RGB")
    assert back.getpixel((round((COL_X[1] + 2) / 25.4 * 300), round((ROW_Y[0] + 1) / 25.4 * 300)))[:3] \
        == (0x3d, 0x7e, 0xbf)


def test_single_card_pages_for_card_printers(tmp_path):
    batch = faces()[:3]
    out = tmp_path / "single.pdf"
    assert write_pdf(out, batch, CardDesign(), "single") == 3  # no back text: fronts only
    reader = PdfReader(str(out))
    for i, page in enumerate(reader.pages):
        assert (round(float(page.mediabox.width), 2), round(float(page.mediabox.height), 2)) == \
            (242.65, 153.01)  # 85.60 x 53.98 mm
        assert _cards(_placements(reader, i)[0]) == [(0.0, 0.0, 85.6, 53.98)]
        img = raster(out, i, "RGB")
        assert abs(img.size[0] - 1011) <= 1 and abs(img.size[1] - 638) <= 1
        codes = zxingcpp.read_barcodes(img.convert("L"), formats=zxingcpp.BarcodeFormat.EAN13)
        assert [r.text for r in codes] == [batch[i].number]


def test_cancel_leaves_no_file(tmp_path):
    out = tmp_path / "cards.pdf"
    with pytest.raises(CardsCancelled):
        write_pdf(out, faces(), CardDesign(), "a4", cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_page_plan_counts():
    assert [len(p.slots) for p in plan_pages(21, "a4", False)] == [10, 10, 1]
    assert len(plan_pages(21, "a4", True)) == 6
    assert len(plan_pages(2, "single", True)) == 4
    with pytest.raises(ValueError):
        plan_pages(1, "letter", False)


def test_drawn_pages_put_each_card_in_its_slot_on_the_side_it_shows(design):
    """The Qt printer path paints these as given: each slot's own card, front or back."""
    batch = faces()[:12]
    pages = list(drawn_pages(batch, design, "a4"))
    assert [page.plan for page in pages] == plan_pages(12, "a4", True)
    assert [page.fronts for page in pages] == [10, 0, 2, 0]
    renderer = CardRenderer(design)
    for page in pages:
        assert [slot for _img, slot in page.cards] == list(page.plan.slots)
        for img, slot in page.cards:
            face = batch[slot.index]
            expected = renderer.back(face) if slot.back else renderer.front(face)
            assert img.size == renderer.size and img.tobytes() == expected.tobytes()
    read = {r.text for img, _slot in pages[0].cards for r in zxingcpp.read_barcodes(
        img.convert("L"), formats=zxingcpp.BarcodeFormat.EAN13)}
    assert read == {face.number for face in batch[:10]}


def test_drawn_pages_stop_before_drawing_once_cancelled():
    asked = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > 1  # the second page is not drawn
    pages = drawn_pages(faces()[:3], CardDesign(), "single", cancelled=cancelled)
    assert next(pages).fronts == 1
    with pytest.raises(CardsCancelled):
        next(pages)


def test_paper_for_each_layout():
    assert (PAPER["a4"].name, PAPER["a4"].width, PAPER["a4"].height) == ("A4", 210.0, 297.0)
    assert (PAPER["single"].name, PAPER["single"].width, PAPER["single"].height) == \
        ("ID-1", 85.6, 53.98)
