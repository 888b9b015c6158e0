"""Where cards go on paper: A4 sheets of ten (2 × 5, crop marks) or one card a page.

The geometry is plain millimetres, shared by the PDF writer here and the Qt print
path in the UI, so a sheet printed through the system dialog matches the PDF.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from app.cards.design import CardDesign
from app.cards.pdf import PdfSheetWriter, compress_pixels
from app.cards.render import CARD_H_MM, CARD_W_MM, CardFace, CardRenderer

A4_W, A4_H = 210.0, 297.0
COLS, ROWS = 2, 5
PER_SHEET = COLS * ROWS
GAP_X, GAP_Y = 6.0, 3.0  # between cards: a cut on each side, no neighbour's colour shows
MARK_LEN, MARK_OFFSET = 4.0, 1.0  # crop marks stop short of the card edge
LAYOUTS = ("a4", "single")


@dataclass(frozen=True, slots=True)
class Slot:
    """One card's place on a page (mm from the page's top left)."""
    index: int  # the card's position in the batch
    back: bool
    x: float
    y: float
    w: float = CARD_W_MM
    h: float = CARD_H_MM


@dataclass(frozen=True, slots=True)
class PagePlan:
    width: float
    height: float
    slots: tuple[Slot, ...]
    marks: tuple[tuple[float, float, float, float], ...] = ()


def a4_origin() -> tuple[float, float]:
    """Top left of the first card: the block of ten is centred on the sheet."""
    return ((A4_W - (COLS * CARD_W_MM + (COLS - 1) * GAP_X)) / 2,
            (A4_H - (ROWS * CARD_H_MM + (ROWS - 1) * GAP_Y)) / 2)


def a4_cell(position: int, back: bool = False) -> tuple[float, float]:
    """Top left of place ``position`` (0–9, row by row). A back sheet is mirrored left to
    right, so printed on the reverse (flipped on the long edge) each back meets its front."""
    x0, y0 = a4_origin()
    row, col = divmod(position, COLS)
    if back:
        col = COLS - 1 - col
    return x0 + col * (CARD_W_MM + GAP_X), y0 + row * (CARD_H_MM + GAP_Y)


def crop_marks() -> tuple[tuple[float, float, float, float], ...]:
    """Short lines on every cut line, in the margins and in the gap between columns,
    never on a card."""
    x0, y0 = a4_origin()
    xs = sorted({a4_cell(p)[0] for p in range(COLS)} | {a4_cell(p)[0] + CARD_W_MM for p in range(COLS)})
    ys = sorted({a4_cell(p * COLS)[1] for p in range(ROWS)} |
                {a4_cell(p * COLS)[1] + CARD_H_MM for p in range(ROWS)})
    top, bottom = y0, ys[-1]
    left, right = x0, xs[-1]
    marks = []
    for x in xs:
        marks.append((x, top - MARK_OFFSET - MARK_LEN, x, top - MARK_OFFSET))
        marks.append((x, bottom + MARK_OFFSET, x, bottom + MARK_OFFSET + MARK_LEN))
    gap_left, gap_right = xs[1], xs[2]
    for y in ys:
        marks.append((left - MARK_OFFSET - MARK_LEN, y, left - MARK_OFFSET, y))
        marks.append((right + MARK_OFFSET, y, right + MARK_OFFSET + MARK_LEN, y))
        marks.append((gap_left + MARK_OFFSET, y, gap_right - MARK_OFFSET, y))
    return tuple(marks)


def plan_pages(count: int, layout: str, with_back: bool) -> list[PagePlan]:
    if layout not in LAYOUTS:
        raise ValueError(f"layout is one of {LAYOUTS}")
    pages: list[PagePlan] = []
    if layout == "single":
        for i in range(count):
            pages.append(PagePlan(CARD_W_MM, CARD_H_MM, (Slot(i, False, 0.0, 0.0),)))
            if with_back:
                pages.append(PagePlan(CARD_W_MM, CARD_H_MM, (Slot(i, True, 0.0, 0.0),)))
        return pages
    marks = crop_marks()
    for start in range(0, count, PER_SHEET):
        n = min(PER_SHEET, count - start)
        for back in ((False, True) if with_back else (False,)):
            slots = tuple(Slot(start + p, back, *a4_cell(p, back)) for p in range(n))
            pages.append(PagePlan(A4_W, A4_H, slots, marks))
    return pages


def write_pdf(out: Path, faces: list[CardFace], design: CardDesign, layout: str = "a4",
              dpi: int = 300, progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> int:
    """Render ``faces`` and write them to ``out``; returns the number of pages. The file
    is written beside and renamed at the end, so a cancelled or failed run leaves no
    half-written PDF behind."""
    renderer = CardRenderer(design, dpi)
    pages = plan_pages(len(faces), layout, design.has_back)
    tmp = out.with_name(out.name + ".part")
    # zlib lets go of the GIL: cards are compressed on a second core while the next
    # ones are drawn. At most two pages wait, so memory stays flat for any batch.
    pending: deque = deque()
    shared: dict[int, int] = {}  # id() of a tier's band or back -> its image in the PDF
    try:
        with open(tmp, "wb") as fh, ThreadPoolExecutor(max_workers=2) as pool:
            writer = PdfSheetWriter(fh, title=design.shop_name)
            done = 0

            def embed(img, job) -> int:
                if job is None:  # a shared picture, embedded the first time it is placed
                    if id(img) not in shared:
                        shared[id(img)] = writer.add_image(img)
                    return shared[id(img)]
                return writer.add_compressed_image(img.width, img.height, job.result(),
                                                   grey=img.mode == "L")

            def flush(keep: int) -> None:
                nonlocal done
                while len(pending) > keep:
                    page, parts = pending.popleft()
                    placed = [(embed(img, job), x, y, w, h) for img, job, x, y, w, h in parts]
                    done += sum(1 for slot in page.slots if not slot.back)
                    writer.add_page(page.width, page.height, placed, page.marks)
                    if progress is not None:
                        progress(done, len(faces))

            for page in pages:
                if cancelled is not None and cancelled():
                    raise CardsCancelled()
                pending.append((page, _page_parts(page, faces, renderer, pool)))
                flush(keep=1)
            flush(keep=0)
            writer.close()
        tmp.replace(out)
    finally:
        _drop(pending)
        tmp.unlink(missing_ok=True)
    return len(pages)


def _drop(pending: deque) -> None:
    """A cancelled or failed run: the compressions still waiting are not wanted."""
    for _page, parts in pending:
        for _img, job, *_place in parts:
            if job is not None:
                job.cancel()


def _page_parts(page, faces: list[CardFace], renderer: CardRenderer, pool) -> list[tuple]:
    """(image, compression job or None, x, y, w, h) for each picture on ``page``: a back
    whole; a front as its tier's band (shared, embedded once) and the member's part,
    compressed on the pool while the next page is drawn."""
    parts = []
    for slot in page.slots:
        face = faces[slot.index]
        if slot.back:
            parts.append((renderer.back(face), None, slot.x, slot.y, slot.w, slot.h))
            continue
        band, member = renderer.front_parts(face)
        band_h = slot.h * band.height / renderer.size[1]
        parts.append((band, None, slot.x, slot.y, slot.w, band_h))
        parts.append((member, pool.submit(compress_pixels, member), slot.x,
                      slot.y + band_h, slot.w, slot.h - band_h))
    return parts


class CardsCancelled(Exception):
    """The owner stopped the print run; nothing was written."""
