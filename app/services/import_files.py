"""Reading another system's member export for an import (issue #6): a CSV (UTF-8 with
or without BOM or UTF-16 when the bytes say so, else the single-byte encoding
charset-normalizer finds most likely among those shops' exports come in:
Windows-1251, Windows-1252, KOI8-R, CP866; or the encoding the owner picked; ``;``,
``,`` or tab) or an XLSX's first sheet, as a header and rows of text cells. What the
rows mean and what gets written is importer.py's job."""

from __future__ import annotations

import codecs
import csv
import errno
import hashlib
import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from app.domain.errors import DomainError

DELIMITERS = ";,\t"
# What the owner may pick when the guess is wrong (the dialog, `--encoding`).
ENCODINGS = ("utf-8", "cp1251", "cp1252", "koi8-r", "cp866", "cp1250", "cp1257", "utf-16")
# What detection chooses among. Windows-1250 and -1257 are left to the owner's pick:
# they decode Western text almost alike and would win ties ("Peña" read as "Peńa").
DETECTED_AMONG = ("cp1251", "cp1252", "koi8-r", "cp866")
DETECT_BYTES = 256 * 1024


@dataclass
class Table:
    name: str
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (row number as a spreadsheet shows it, cells)
    encoding: str  # utf-8, utf-8-sig, utf-16, cp1251, cp1252, koi8-r, cp866, …, xlsx
    delimiter: str
    sha256: str


def read_table(path: Path, encoding: str | None = None) -> Table:
    """The file's header and rows; a CSV is decoded as ``encoding`` when given, else as
    its bytes suggest (see ``decode``)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _read_error(exc, path) from None
    digest = hashlib.sha256(data).hexdigest()
    if data[:4] == b"PK\x03\x04":
        headers, rows = _read_xlsx(path)
        encoding, delimiter = "xlsx", ""
    else:
        text, encoding = decode(data, encoding)
        delimiter = sniff_delimiter(text)
        headers, rows = _records(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    if not headers:
        raise DomainError("import_empty", "{file} has no header row.", file=path.name)
    return Table(path.name, headers, rows, encoding, delimiter, digest)


def _read_error(exc: OSError, path: Path) -> DomainError:
    """The usual causes get words the UI translates; the rest the system's own text."""
    if exc.errno == errno.ENOENT:
        return DomainError("import_not_found", "{file} is not there: moved, renamed or "
                           "deleted? Choose it again.", file=path.name)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return DomainError("import_permission", "No permission to read {file}.", file=path.name)
    return DomainError("import_unreadable", "Cannot read {file}: {error}.", file=path.name,
                       error=exc.strerror or str(exc))


def encoding_name(encoding: str) -> str:
    """The codec's one name (cp1251, koi8-r, utf-8…); an unknown one is refused."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise DomainError("import_encoding_unknown", "Unknown encoding: {encoding}.",
                          encoding=encoding) from None


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding). UTF-8 when the bytes are valid UTF-8 (a BOM is dropped),
    UTF-16 when they start with its BOM, else the most likely of DETECTED_AMONG: a
    German or Spanish file from Windows is Windows-1252, not Windows-1251 ("José
    Müller", never "Josй Mьller"). ``encoding`` overrides the guess; bytes it cannot
    read show as U+FFFD rather than stop the preview."""
    if encoding:
        name = encoding_name(encoding)
        if name == "utf-8" and data.startswith(codecs.BOM_UTF8):
            name = "utf-8-sig"
        return data.decode(name, errors="replace"), name
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        name = detect_single_byte(data)
        return data.decode(name, errors="replace"), name
    return text, "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8"


def detect_single_byte(data: bytes) -> str:
    """charset-normalizer's best guess among DETECTED_AMONG on the file's start (cut at
    a line end); Windows-1251 when it has none (most shops here are Russian)."""
    from charset_normalizer import from_bytes  # lazy: its models load slowly, needed by few
    sample = data[:DETECT_BYTES]
    if len(data) > DETECT_BYTES and b"\n" in sample:
        sample = sample[:sample.rindex(b"\n") + 1]
    best = from_bytes(sample, cp_isolation=list(DETECTED_AMONG)).best()
    return encoding_name(best.encoding) if best is not None else "cp1251"


def sniff_delimiter(text: str) -> str:
    """csv.Sniffer on the start of the file; if it fails or finds one column only, the
    delimiter the header line holds most of."""
    header = next((line for line in text.splitlines() if line.strip()), "")
    try:
        found = csv.Sniffer().sniff(text[:64 * 1024], delimiters=DELIMITERS).delimiter
    except csv.Error:
        found = None
    if found and header.count(found) > 0:
        return found
    counts = {d: header.count(d) for d in DELIMITERS}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def _records(records) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The first non-blank record is the header; blank records are counted (they are
    rows in a spreadsheet) but left out."""
    headers: list[str] = []
    rows: list[tuple[int, list[str]]] = []
    for number, cells in enumerate(records, start=1):
        cells = [_cell(c) for c in cells]
        if not any(c.strip() for c in cells):
            continue
        if not headers:
            headers = _unique([c.strip() for c in cells])
            continue
        rows.append((number, cells + [""] * (len(headers) - len(cells))))
    return headers, rows


def _unique(headers: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for i, h in enumerate(headers):
        h = h or f"Column {i + 1}"
        seen[h] = seen.get(h, 0) + 1
        out.append(h if seen[h] == 1 else f"{h} ({seen[h]})")
    return out


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() \
            else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _read_xlsx(path: Path):
    from openpyxl import load_workbook  # lazy: heavy, and most imports are CSV
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - any damage in the zip/xml: one clear message
        raise DomainError("import_unreadable", "Cannot read {file}: {error}.",
                          file=path.name, error=str(exc)[:200]) from None
    try:
        return _records(book.active.iter_rows(values_only=True))
    finally:
        book.close()
