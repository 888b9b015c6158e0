"""Where this till prints the customer's slip, and printing it there.

The slip printer belongs to this computer (it hangs on its USB port or its network), so
its settings live in the till's settings file ("slip_printer") beside the language and
the customer's screen. Printing never touches the database: the slip is read first
(``Till.slip``), then sent here; a printer that fails raises DomainError
"slip_printer_failed" with the reason, and the sale it was for is already recorded.
"""

from __future__ import annotations

import logging
import re
import uuid
from dataclasses import asdict, dataclass, fields
from datetime import datetime
from pathlib import Path

from escpos.exceptions import Error as EscposError

from app.domain.errors import DomainError, ValidationErrors
from app.domain.slip import Slip, trial_slip
from app.services import slip_escpos, slip_pdf, slips
from app.services.context import ServiceContext
from app.services.settings import Settings
from app.services.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)

OUTPUTS = ("none", "usb", "network", "file", "pdf")
PAPERS = {58: 32, 80: 48}  # paper width (mm) -> characters of font A
_HOST = re.compile(r"^[A-Za-z0-9.\-:\[\]]+$")


@dataclass(frozen=True)
class SlipPrinter:
    """The slip printer's settings. ``code_page`` "" prints in the slip language's page."""
    output: str = "none"  # none, usb, network, file, pdf
    paper_mm: int = 80
    model: str = "xprinter"  # which ESC t table: slip_escpos.MODELS
    code_page: str = ""
    path: str = ""  # the device or file ("file"), the folder ("pdf")
    host: str = ""
    port: int = 9100
    usb_vendor: int = 0
    usb_product: int = 0
    automatic: bool = False  # after each sale; else on a key (Ctrl+R)
    shop_line: str = ""

    @property
    def width_chars(self) -> int:
        return PAPERS.get(self.paper_mm, 48)

    @property
    def enabled(self) -> bool:
        return self.output != "none"

    def page_for(self, lang: str) -> str:
        return self.code_page or slip_escpos.default_code_page(lang)


class SlipDesk:
    """What the till does with slips (``terminal.slips``): the printer's settings, set by
    a manager or the owner, and printing a sale's slip or a test slip."""

    def __init__(self, uow: UnitOfWork, ctx: ServiceContext, settings: Settings):
        self._uow = uow
        self._ctx = ctx
        self._settings = settings

    def printer(self) -> SlipPrinter:
        return load(self._settings)

    def save_printer(self, printer: SlipPrinter) -> None:
        self._uow.outside("maintain", lambda: save(self._settings, printer))

    def print_sale(self, purchase_id: uuid.UUID) -> str:
        """Print the slip of a recorded purchase on the saved printer: the slip is read
        in one read transaction, then printed with no transaction open."""
        self._uow.check("purchase")
        printer = self.printer()
        slip = self._uow.read("purchase", lambda s: slips.slip_for_purchase(
            s, self._ctx, purchase_id, printer.width_chars, None, printer.shop_line))
        return self._uow.outside("purchase", lambda: print_slip(
            printer, slip, f"slip-{purchase_id.hex[:8]}"))

    def print_test(self, printer: SlipPrinter) -> str:
        """A test slip on ``printer`` as the dialog has it, saved or not."""
        self._uow.check("maintain")
        slip = trial_slip(printer.shop_line, printer.width_chars, self._ctx.lang)
        return self._uow.outside("maintain", lambda: print_slip(printer, slip, "test-slip"))


def parse_usb_id(text: str) -> int:
    """A USB vendor or product id as printed on the printer or by lsusb: hex, "0416" or
    "0x0416"."""
    cleaned = (text or "").strip().lower().removeprefix("0x")
    if not re.fullmatch(r"[0-9a-f]{1,4}", cleaned):
        raise DomainError("slip_usb_invalid",
                          "Enter the USB vendor and product ids, e.g. 0416 and 5011.",
                          field="usb")
    return int(cleaned, 16)


def load(settings: Settings) -> SlipPrinter:
    """The saved settings; what is missing or of the wrong kind takes its default."""
    saved = settings.get("slip_printer")
    saved = saved if isinstance(saved, dict) else {}
    default = SlipPrinter()
    values = {}
    for f in fields(SlipPrinter):
        value = saved.get(f.name, getattr(default, f.name))
        values[f.name] = value if isinstance(value, type(getattr(default, f.name))) \
            else getattr(default, f.name)
    return SlipPrinter(**values)


def save(settings: Settings, printer: SlipPrinter) -> None:
    """Check the settings (every problem at once) and save them."""
    check(printer)
    settings.set("slip_printer", asdict(printer))


def check(printer: SlipPrinter) -> None:
    errors = []
    if printer.output not in OUTPUTS or printer.paper_mm not in PAPERS:
        errors.append(DomainError("slip_output_unknown", "Choose a printer and a paper width.",
                                  field="output"))
    if printer.code_page and printer.code_page not in slip_escpos.CODE_PAGES:
        errors.append(DomainError("slip_code_page", "Choose a code page from the list.",
                                  field="code_page"))
    if printer.output in ("file", "pdf") and not printer.path.strip():
        errors.append(DomainError("slip_path_empty", "Choose where to print.", field="path"))
    if printer.output == "network" and not (_HOST.match(printer.host.strip())
                                            and 0 < printer.port < 65536):
        errors.append(DomainError("slip_host_invalid",
                                  "Enter the printer's address, e.g. 192.168.1.50, and port.",
                                  field="host"))
    if printer.output == "usb" and not (0 < printer.usb_vendor < 65536
                                        and 0 < printer.usb_product < 65536):
        errors.append(DomainError("slip_usb_invalid",
                                  "Enter the USB vendor and product ids, e.g. 0416 and 5011.",
                                  field="usb"))
    if errors:
        raise ValidationErrors(errors)


def print_slip(printer: SlipPrinter, slip: Slip, name: str = "slip") -> str:
    """Print ``slip`` on ``printer``; returns where it went (a PDF's path, the printer).
    ``name`` names a PDF file (with the time, so slips never overwrite each other)."""
    check(printer)
    if not printer.enabled:
        raise DomainError("slip_printer_none", "No slip printer is set up.")
    try:
        if printer.output == "pdf":
            return str(_pdf(printer, slip, name))
        _escpos(printer, slip)
    except (EscposError, OSError, ValueError) as exc:
        # A printer unplugged, switched off, away on the network, or a folder that cannot
        # be written (pyusb's errors are OSErrors too): words, never the end of a sale.
        log.warning("the slip printer failed: %s", type(exc).__name__)
        raise _failed(exc) from exc
    return _where(printer)


def _escpos(printer: SlipPrinter, slip: Slip) -> None:
    device = slip_escpos.device(printer.output, printer.model, path=printer.path,
                                host=printer.host.strip(), port=printer.port,
                                usb_vendor=printer.usb_vendor, usb_product=printer.usb_product)
    device.open()
    try:
        slip_escpos.draw(device, slip, printer.page_for(slip.lang))
    finally:
        device.close()


def _pdf(printer: SlipPrinter, slip: Slip, name: str) -> Path:
    folder = Path(printer.path).expanduser()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return slip_pdf.write_pdf(slip, folder / f"{name}-{stamp}.pdf", title=name)


def _where(printer: SlipPrinter) -> str:
    if printer.output == "network":
        return f"{printer.host}:{printer.port}"
    if printer.output == "usb":
        return f"USB {printer.usb_vendor:04x}:{printer.usb_product:04x}"
    return printer.path


def _failed(exc: BaseException) -> DomainError:
    reason = " ".join(str(exc).split()) or type(exc).__name__
    return DomainError("slip_printer_failed", "The slip was not printed: {reason}",
                       reason=reason[:200])
