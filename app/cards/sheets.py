"""Where cards go on paper: A4 sheets of ten (2 × 5, crop marks) or one card a page.

The geometry is plain millimetres, shared by the PDF writer here and the Qt print
path in the UI (which only paints the pages ``drawn_pages`` gives it on the paper
``PAPER`` names), so a sheet printed through the system dialog matches the PDF.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

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
    pages = plan_pages(len(faces), layout, design.has_back)
    tmp = out.with_name(out.name + ".part")
    stream = _PdfPages(CardRenderer(design, dpi), faces, progress)
    try:
        with open(tmp, "wb") as fh, ThreadPoolExecutor(max_workers=2) as pool:
            stream.start(PdfSheetWriter(fh, title=design.shop_name), pool)
            for page in pages:
                if cancelled is not None and cancelled():
                    raise CardsCancelled()
                stream.add(page)
            stream.finish()
        tmp.replace(out)
    finally:
        stream.cancel()
        tmp.unlink(missing_ok=True)
    return len(pages)


class _PdfPages:
    """Pages on their way into the PDF. zlib lets go of the GIL: cards are compressed on
    a second core while the next ones are drawn. At most two pages wait, so memory
    stays flat for any batch."""

    def __init__(self, renderer: CardRenderer, faces: list[CardFace],
                 progress: Callable[[int, int], None] | None):
        self._renderer, self._faces, self._progress = renderer, faces, progress
        self._pending: deque = deque()
        self._shared: dict[int, int] = {}  # id() of a tier's band or back -> its image in the PDF
        self._done = 0

    def start(self, writer: PdfSheetWriter, pool: ThreadPoolExecutor) -> None:
        self._writer, self._pool = writer, pool

    def add(self, page: PagePlan) -> None:
        """Draw the page's cards; the member's part of each front goes to be compressed."""
        parts = []
        for slot in page.slots:
            face = self._faces[slot.index]
            if slot.back:
                parts.append((self._renderer.back(face), None, slot.x, slot.y, slot.w, slot.h))
                continue
            band, member = self._renderer.front_parts(face)
            band_h = slot.h * band.height / self._renderer.size[1]
            parts.append((band, None, slot.x, slot.y, slot.w, band_h))
            parts.append((member, self._pool.submit(compress_pixels, member), slot.x,
                          slot.y + band_h, slot.w, slot.h - band_h))
        self._pending.append((page, parts))
        self._flush(keep=1)

    def finish(self) -> None:
        self._flush(keep=0)
        self._writer.close()

    def cancel(self) -> None:
        for _page, parts in self._pending:
            for _img, job, *_place in parts:
                if job is not None:
                    job.cancel()

    def _embed(self, img, job) -> int:
        if job is None:  # a shared picture, embedded the first time it is placed
            if id(img) not in self._shared:
                self._shared[id(img)] = self._writer.add_image(img)
            return self._shared[id(img)]
        return self._writer.add_compressed_image(img.width, img.height, job.result(),
                                                 grey=img.mode == "L")

    def _flush(self, keep: int) -> None:
        while len(self._pending) > keep:
            page, parts = self._pending.popleft()
            placed = [(self._embed(img, job), x, y, w, h) for img, job, x, y, w, h in parts]
            self._done += sum(1 for slot in page.slots if not slot.back)
            self._writer.add_page(page.width, page.height, placed, page.marks)
            if self._progress is not None:
                self._progress(self._done, len(self._faces))


@dataclass(frozen=True, slots=True)
class Paper:
    """The paper a layout prints on, for a printer's page set-up."""
    name: str
    width: float  # mm, as it comes out of the printer (portrait)
    height: float


PAPER = {"a4": Paper("A4", A4_W, A4_H), "single": Paper("ID-1", CARD_W_MM, CARD_H_MM)}


@dataclass(frozen=True, slots=True)
class DrawnPage:
    """A page of the layout with its cards drawn: each image with the slot it fills."""
    plan: PagePlan
    cards: tuple[tuple[Image.Image, Slot], ...]

    @property
    def fronts(self) -> int:
        return sum(1 for _img, slot in self.cards if not slot.back)


def drawn_pages(faces: list[CardFace], design: CardDesign, layout: str, dpi: int = 300,
                cancelled: Callable[[], bool] | None = None) -> Iterator[DrawnPage]:
    """The batch's pages one at a time, each card drawn on the side its slot shows,
    for a painter that places pictures (the Qt printer path). Raises CardsCancelled
    before drawing a page once ``cancelled()`` says so."""
    renderer = CardRenderer(design, dpi)
    for plan in plan_pages(len(faces), layout, design.has_back):
        if cancelled is not None and cancelled():
            raise CardsCancelled()
        yield DrawnPage(plan, tuple(
            (renderer.back(faces[slot.index]) if slot.back else renderer.front(faces[slot.index]),
             slot) for slot in plan.slots))


class CardsCancelled(Exception):
    """The owner stopped the print run; nothing was written."""
