"""Reading printed cards back as a scanner would: a PDF page rasterised at 300 dpi by
PDFium, its EAN-13 barcodes decoded by zxing-cpp."""

import pypdfium2 as pdfium
import zxingcpp


def raster(path, page: int = 0, mode: str = "L"):
    """The page as an image at 300 dpi (greyscale unless ``mode`` says otherwise)."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        return pdf[page].render(scale=300 / 72).to_pil().convert(mode)
    finally:
        pdf.close()


def barcodes(path, page: int = 0) -> list[str]:
    """Every EAN-13 on the page, sorted."""
    return sorted(r.text for r in zxingcpp.read_barcodes(
        raster(path, page), formats=zxingcpp.BarcodeFormat.EAN13))
