"""A small PDF writer for card sheets: raster images at exact positions and thin lines.

Why not a general PDF library: a thousand 300-dpi cards are 1.9 GB of pixels, and
the libraries at hand compress them at zlib's default level inside one process
(about 20 ms a card). Here each card is compressed at level 1 (a card is mostly flat
colour, so the files stay small) and the pages are streamed to disk as they are
made, so memory does not grow with the batch. Nothing but images and lines is
needed: every word on a card is already in its picture. The output is checked by
two independent readers in the tests (pypdf and PDFium).
"""

from __future__ import annotations

import zlib
from typing import BinaryIO

from PIL import Image

MM = 72 / 25.4  # PDF points per millimetre


class PdfSheetWriter:
    """Write pages of placed images. Coordinates are in mm from the page's top left."""

    def __init__(self, out: BinaryIO, title: str = ""):
        self._out = out
        self._offsets: dict[int, int] = {}
        self._pages: list[int] = []
        self._next = 3  # 1 is the catalogue, 2 the page tree (written at the end)
        self._title = title
        self._write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")

    def _write(self, data: bytes) -> None:
        self._out.write(data)

    def _position(self) -> int:
        return self._out.tell()

    def _object(self, body: bytes, stream: bytes | None = None, number: int | None = None) -> int:
        if number is None:
            number, self._next = self._next, self._next + 1
        self._offsets[number] = self._position()
        self._write(f"{number} 0 obj\n".encode() + body)
        if stream is not None:
            self._write(b"\nstream\n" + stream + b"\nendstream")
        self._write(b"\nendobj\n")
        return number

    def add_image(self, img: Image.Image) -> int:
        """Embed an RGB or grey image once (it may be placed many times); returns its id."""
        img = img if img.mode in ("RGB", "L") else img.convert("RGB")
        return self.add_compressed_image(img.width, img.height, compress_pixels(img),
                                         grey=img.mode == "L")

    def add_compressed_image(self, width: int, height: int, data: bytes,
                             grey: bool = False) -> int:
        space = "DeviceGray" if grey else "DeviceRGB"
        body = (f"<< /Type /XObject /Subtype /Image /Width {width} /Height {height} "
                f"/ColorSpace /{space} /BitsPerComponent 8 /Filter /FlateDecode "
                f"/Length {len(data)} >>").encode()
        return self._object(body, data)

    def add_page(self, width_mm: float, height_mm: float,
                 images: list[tuple[int, float, float, float, float]],
                 lines: list[tuple[float, float, float, float]] = (),
                 line_width_mm: float = 0.2) -> None:
        """``images``: (image id, x, y, width, height) in mm from the top left;
        ``lines``: (x1, y1, x2, y2) in mm, drawn in black."""
        h = height_mm * MM
        ops = []
        for number, x, y, w, hh in images:
            ops.append(f"q {w * MM:.4f} 0 0 {hh * MM:.4f} {x * MM:.4f} {h - (y + hh) * MM:.4f} "
                       f"cm /Im{number} Do Q")
        if lines:
            ops.append(f"q 0 0 0 RG {line_width_mm * MM:.4f} w")
            ops += [f"{x1 * MM:.4f} {h - y1 * MM:.4f} m {x2 * MM:.4f} {h - y2 * MM:.4f} l S"
                    for x1, y1, x2, y2 in lines]
            ops.append("Q")
        content = zlib.compress("\n".join(ops).encode())
        stream = self._object(f"<< /Length {len(content)} /Filter /FlateDecode >>".encode(),
                              content)
        xobjects = " ".join(f"/Im{n} {n} 0 R" for n in sorted({i[0] for i in images}))
        page = self._object(
            (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width_mm * MM:.4f} {h:.4f}] "
             f"/Resources << /XObject << {xobjects} >> >> /Contents {stream} 0 R >>").encode())
        self._pages.append(page)

    def close(self) -> None:
        kids = " ".join(f"{p} 0 R" for p in self._pages)
        self._object(f"<< /Type /Pages /Kids [{kids}] /Count {len(self._pages)} >>".encode(),
                     number=2)
        self._object(b"<< /Type /Catalog /Pages 2 0 R >>", number=1)
        title = self._title.encode("utf-16-be").hex().upper()
        info = self._object(f"<< /Title <FEFF{title}> /Producer (Regulars) >>".encode())
        start = self._position()
        size = self._next
        rows = [b"0000000000 65535 f \n"]
        rows += [f"{self._offsets.get(n, 0):010d} 00000 n \n".encode() for n in range(1, size)]
        self._write(f"xref\n0 {size}\n".encode() + b"".join(rows))
        self._write(f"trailer\n<< /Size {size} /Root 1 0 R /Info {info} 0 R >>\n"
                    f"startxref\n{start}\n%%EOF\n".encode())


def compress_pixels(img: Image.Image) -> bytes:
    """An RGB or grey image's pixels for the PDF: level 1 is four times faster than the default and a
    card of flat colour compresses almost as well."""
    return zlib.compress(img.tobytes(), 1)
