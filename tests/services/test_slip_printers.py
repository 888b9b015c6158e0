"""The slip on paper: the exact ESC/POS bytes of a known sale (the code page chosen with
ESC t n and the letters encoded in it), a real file and a real network printer (a
socket on port 9100's stand-in), the PDF read back by two readers, and the thermal
layout drawn at 203 dpi."""

import socket
import threading
from datetime import date, datetime

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from app.domain.errors import DomainError, ValidationErrors
from app.domain.slip import SlipFacts, compose_slip
from app.services import slip_printers
from app.services.settings import Settings
from app.services.slip_escpos import slip_bytes
from app.services.slip_image import PRINTABLE_DOTS, margin_dots, paper_dots, render
from app.services.slip_printers import SlipPrinter

ESC = b"\x1b"
INIT = ESC + b"@"
CUT = ESC + b"d\x06" + b"\x1dV\x00"  # feed six lines, full cut
SIZE = ESC + b"!\x00" + ESC + b"!\x00"  # python-escpos resets the size before setting it


def style(title=False, bold=False):
    return (SIZE + ESC + b"!" + (b"\x10" if title else b"\x00")
            + ESC + b"E" + (b"\x01" if bold or title else b"\x00") + ESC + b"a\x00")


def sale(name, lang_tier, **kw):
    base = dict(name=name, at=datetime(2026, 12, 5, 14, 30), receipt_number="17",
                amount_minor=250_00, currency="EUR", points_earned=12, points_redeemed=0,
                balance=312, tier_name=lang_tier, shop_line="")
    base.update(kw)
    return SlipFacts(**base)


def test_the_exact_bytes_of_a_latvian_slip_on_an_epson_in_cp1257():
    slip = compose_slip(sale("Jāni", "Zelts"), 32, "lv")
    data = slip_bytes(slip, "epson", "CP1257")
    rule = b"-" * 32 + b"\n"
    assert data == (
        INIT + ESC + b"t\x33"  # ESC t 51: CP1257 on an Epson
        + style(title=True) + b"   Paldies par pirkumu, J\xe2ni!\n"  # ā = 0xE2 in CP1257
        + style() + b"05.12.2026 14:30" + b" " * 9 + b"\xc8eks 17\n"  # Č = 0xC8
        + style() + rule
        + style() + b"Pirkums" + b"250.00 EUR".rjust(25) + b"\n"
        + style() + b"Ieg\xfbti punkti" + b"+12 punktu".rjust(19) + b"\n"  # ū = 0xFB
        + style(bold=True) + b"Atlikums" + b"312 punktu".rjust(24) + b"\n"
        + style() + b"Statuss" + b"Zelts".rjust(25) + b"\n"
        + style() + rule
        + CUT)
    assert "Jāni".encode("cp1257") == b"J\xe2ni" and b"J\xe2ni".decode("cp1257") == "Jāni"


def test_cyrillic_goes_out_in_cp866_and_the_xprinter_table_picks_its_own_number():
    slip = compose_slip(sale("Ирина", "Волк"), 48, "ru")
    epson = slip_bytes(slip, "epson", "CP866")
    xprinter = slip_bytes(slip, "xprinter", "CP866")
    assert epson.startswith(INIT + ESC + b"t\x11")  # ESC t 17: PC866 on an Epson
    assert xprinter.startswith(INIT + ESC + b"t\x3b")  # ESC t 59 in the XPrinter family's table
    ирина = "Ирина".encode("cp866")
    assert ирина == b"\x88\xe0\xa8\xad\xa0" and ирина.decode("cp866") == "Ирина"
    assert b"\x91\xaf\xa0\xe1\xa8\xa1\xae \xa7\xa0 \xaf\xae\xaa\xe3\xaf\xaa\xe3, " + ирина + b"!" \
        in epson  # "Спасибо за покупку, Ирина!"
    assert epson.replace(ESC + b"t\x11", b"") == xprinter.replace(ESC + b"t\x3b", b"")


def test_letters_a_page_lacks_are_made_plain_or_questioned_never_dropped():
    slip = compose_slip(sale("Ирина", "Волк", shop_line="«Лавка» — Рига"), 32, "ru")
    data = slip_bytes(slip, "epson", "CP866")
    assert '"Лавка" - Рига'.center(32).rstrip().encode("cp866") + b"\n" in data
    latvian = slip_bytes(compose_slip(sale("Jāni", "Zelts"), 32, "lv"), "epson", "CP866")
    assert b"J?ni!" in latvian  # CP866 has no ā: the owner sees it and picks CP1257


def test_a_file_printer_gets_the_same_bytes(tmp_path):
    slip = compose_slip(sale("Jāni", "Zelts"), 48, "lv")
    out = tmp_path / "lp0"
    printer = SlipPrinter(output="file", path=str(out), model="epson", paper_mm=80)
    assert slip_printers.print_slip(printer, slip) == str(out)
    assert out.read_bytes() == slip_bytes(slip, "epson", "CP1257")


def test_a_network_printer_on_a_real_socket_gets_the_slip():
    server = socket.create_server(("127.0.0.1", 0))
    received = bytearray()

    def accept():
        conn, _ = server.accept()
        with conn:
            while chunk := conn.recv(4096):
                received.extend(chunk)
    thread = threading.Thread(target=accept)
    thread.start()
    slip = compose_slip(sale("Ирина", "Волк"), 32, "ru")
    port = server.getsockname()[1]
    printer = SlipPrinter(output="network", host="127.0.0.1", port=port, paper_mm=58)
    assert slip_printers.print_slip(printer, slip) == f"127.0.0.1:{port}"
    thread.join(10)
    server.close()
    assert bytes(received) == slip_bytes(slip, "xprinter", "CP866")


def test_a_printer_that_does_not_answer_is_words_not_a_crash(tmp_path):
    closed = socket.create_server(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()
    slip = compose_slip(sale("Ирина", "Волк"), 32, "ru")
    for printer in (SlipPrinter(output="network", host="127.0.0.1", port=port),
                    SlipPrinter(output="file", path=str(tmp_path / "no" / "such" / "lp0")),
                    SlipPrinter(output="usb", usb_vendor=0x0416, usb_product=0x5011)):
        with pytest.raises(DomainError) as err:
            slip_printers.print_slip(printer, slip)
        assert err.value.code == "slip_printer_failed" and err.value.params["reason"]


def test_settings_are_checked_all_at_once_and_kept_in_the_tills_file(tmp_path):
    settings = Settings(tmp_path / "settings.json")
    assert slip_printers.load(settings) == SlipPrinter()
    with pytest.raises(ValidationErrors) as err:
        slip_printers.save(settings, SlipPrinter(output="network", host="printer 1",
                                                 code_page="KOI8"))
    assert [e.code for e in err.value.errors] == ["slip_code_page", "slip_host_invalid"]
    chosen = SlipPrinter(output="usb", usb_vendor=0x0416, usb_product=0x5011, paper_mm=58,
                         code_page="CP775", automatic=True, shop_line="Lavka, Rīga")
    slip_printers.save(settings, chosen)
    assert slip_printers.load(settings) == chosen
    assert chosen.width_chars == 32 and chosen.page_for("ru") == "CP775"
    assert SlipPrinter().page_for("lv") == "CP1257" and SlipPrinter().page_for("ru") == "CP866"


def test_the_pdf_is_a_narrow_page_whose_text_reads_back(tmp_path):
    facts = sale("Ирина Петровна", "Волк", next_tier_name="Лев", points_to_next=42,
                 expiring_points=100, expiring_on=date(2027, 1, 31),
                 shop_line="Спасибо, что выбираете нас — Лавка, Рига")
    for width, mm in ((32, 58), (48, 80)):
        printer = SlipPrinter(output="pdf", path=str(tmp_path / "slips"), paper_mm=mm)
        path = slip_printers.print_slip(printer, compose_slip(facts, width, "ru"), "slip-17")
        page = PdfReader(path).pages[0]
        assert round(float(page.mediabox.width) * 25.4 / 72) == mm
        text = page.extract_text()
        for words in ("Спасибо за покупку", "Баланс", "312 баллов", "До статуса «Лев»: 42 балла",
                      "Баллы сгорят 31.01.2027: 100 баллов", "Лавка, Рига"):
            assert words in " ".join(text.split()), (words, text)
        pdf = pdfium.PdfDocument(path)
        image = pdf[0].render(scale=203 / 72).to_pil().convert("L")
        pdf.close()
        assert abs(image.width - mm / 25.4 * 203) < 1
        assert image.getextrema()[0] < 100  # ink on the page


def test_the_thermal_layout_drawn_at_203_dpi_fits_the_paper():
    facts = sale("Константин Константинович", "Самый преданный покупатель",
                 next_tier_name="Лев", points_to_next=42, stamps=(("Кофейная карта", 5, 6),),
                 shop_line="ШШШШШШШШШШШШШШШШШШШШШШШШШШШШШШШШШШШШШШШШ")
    for width in (32, 48):
        slip = compose_slip(facts, width, "ru")
        image = render(slip, extra_dots=200)
        paper = paper_dots(width)
        assert paper == {32: 464, 48: 639}[width]
        right_edge = margin_dots(width) + PRINTABLE_DOTS[width]
        assert image.crop((right_edge, 0, image.width, image.height)).getextrema()[0] == 255
        assert image.crop((0, 0, margin_dots(width), image.height)).getextrema()[0] == 255
        assert image.crop((margin_dots(width), 0, right_edge, image.height)).getextrema()[0] == 0
        text = slip.text()
        assert "Константин" in text and "Баланс" in text and "312 баллов" in text
        assert image.height == 24 * (len(slip.lines) + 1) + 24 * sum(
            line.style == "title" for line in slip.lines)
