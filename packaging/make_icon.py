"""Render the hand-drawn icon (resources/icons/regulars.svg) to the sizes a desktop asks
for: PNGs 16…256 (the window and taskbar icon, the Linux .desktop entry) and one .ico
holding all of them for Windows (the frozen build's .exe and the installer).

    .venv/bin/python packaging/make_icon.py

The outputs are committed in resources/icons/; run this again after editing the SVG.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen needed to draw

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int) -> Image.Image:
    renderer = QSvgRenderer(str(svg))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> None:
    QGuiApplication.instance() or QGuiApplication([])
    images = {size: render(ICONS / "regulars.svg", size) for size in SIZES}
    for size, image in images.items():
        image.save(ICONS / f"regulars-{size}.png", optimize=True)
        print(ICONS / f"regulars-{size}.png")
    images[256].save(ICONS / "regulars.ico", sizes=[(s, s) for s in SIZES])
    print(ICONS / "regulars.ico")


if __name__ == "__main__":
    main()
