"""The slip on an ESC/POS thermal printer, through python-escpos.

Why python-escpos: it is the maintained ESC/POS library for Python (MIT, releases since
2012), it speaks to USB (pyusb), network (port 9100) and device-file printers alike, and
it carries escpos-printer-db: which ESC t number selects which code page on which
printer. That number differs between makers, so the owner chooses the printer's kind:
an Epson (TM-T20II's table: CP866 = 17, CP1251 = 46, CP775 = 33, CP1257 = 51) or one of
the XPrinter/POS-58/80 family that most shops buy (the table escpos-printer-db gives the
POS-5890, NT-5890K and NT-80-V-UL alike: CP866 = 59 and 17, CP1251 = 73, CP1257 = 25,
CP775 = 95; the NT-80's profile, as it has the cutter — a 58 mm one without a cutter
ignores GS V). Both families print Cyrillic (CP866, CP1251) and
Latvian (CP1257, CP775); no one page holds both, so the page follows the slip's language
unless the owner picks one, or "AUTO", which lets the library switch pages letter by
letter (more bytes, and a printer that lacks a page prints "?" for its letters).

Font A is 12 dots wide: 32 characters on 58 mm paper (384 dots), 48 on 80 mm (576).
"""

from __future__ import annotations

import codecs

from app.domain.slip import Slip, printed

# The printer's kind -> python-escpos's profile with that kind's code-page table.
MODELS = {"epson": "TM-T20II", "xprinter": "NT-80-V-UL"}
CODE_PAGES = ("CP866", "CP1251", "CP1257", "CP775", "CP437", "AUTO")
DEFAULT_CODE_PAGE = {"ru": "CP866", "lv": "CP1257", "en": "CP437"}
# What a page without these letters prints instead (typography, not words).
_PLAIN = {"—": "-", "–": "-", "«": '"', "»": '"', "“": '"', "”": '"', "„": '"',
          "’": "'", "…": "...", "·": "-", "\u00a0": " ", "\u202f": " "}


def default_code_page(lang: str) -> str:
    return DEFAULT_CODE_PAGE.get(lang, "CP437")


def draw(printer, slip: Slip, code_page: str) -> None:
    """Send ``slip`` to a python-escpos printer (a device, or Dummy for its bytes):
    initialise (ESC @), select the code page (ESC t n from the printer's table), each
    line in its style, then feed and cut."""
    printer.hw("INIT")
    printer.charcode(code_page)
    for line in slip.lines:
        title = line.style == "title"
        # Left aligned: a centred line comes already centred in its characters.
        printer.set(align="left", bold=line.style in ("title", "bold"), double_height=title,
                    normal_textsize=not title)
        printer.textln(fitting(printed(line, slip.width), code_page))
    printer.cut()


def fitting(text: str, code_page: str) -> str:
    """``text`` with the dashes, quotes and spaces the page lacks made plain; a letter
    the page lacks is left for the library, which prints "?"."""
    if code_page == "AUTO":
        return text.translate(str.maketrans({"\u00a0": " ", "\u202f": " "}))
    codec = codecs.lookup(code_page.lower()).name
    return "".join(ch if _encodable(ch, codec) else _PLAIN.get(ch, ch) for ch in text)


def _encodable(ch: str, codec: str) -> bool:
    try:
        ch.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def slip_bytes(slip: Slip, model: str, code_page: str) -> bytes:
    """The bytes a printer of kind ``model`` is sent for ``slip``."""
    from escpos.printer import Dummy  # heavy: python-escpos loads its printer database

    printer = Dummy(profile=MODELS[model])
    draw(printer, slip, code_page)
    return printer.output


def device(kind: str, model: str, *, path: str = "", host: str = "", port: int = 9100,
           usb_vendor: int = 0, usb_product: int = 0, timeout: float = 5):
    """The python-escpos printer for an output: "file" (a device path such as
    /dev/usb/lp0, or a file), "network" (host:port, 9100 as a rule) or "usb"."""
    from escpos import printer as escpos  # heavy: python-escpos loads its printer database

    profile = MODELS[model]
    if kind == "file":
        return escpos.File(devfile=path, profile=profile)
    if kind == "network":
        return escpos.Network(host=host, port=port, timeout=timeout, profile=profile)
    return escpos.Usb(idVendor=usb_vendor, idProduct=usb_product, timeout=int(timeout * 1000),
                      profile=profile)
