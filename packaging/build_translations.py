"""Compile every committed catalogue (resources/translations/regulars_*.ts) into the .qm
the app loads, with Qt's lrelease from PySide6.

The .qm files are build outputs committed beside their .ts, so the app never compiles at
run time (a frozen build has no lrelease). Run this after editing a .ts (after lupdate
and packaging/fill_ru.py); tests/test_translations_built.py fails while a .qm is stale.

    .venv/bin/python packaging/build_translations.py            # into resources/translations
    .venv/bin/python packaging/build_translations.py --out DIR  # elsewhere (the test does)
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"


def lrelease() -> str:
    """PySide6's lrelease: beside this Python (a venv's bin/ or Scripts\\), else on PATH."""
    for folder in (Path(sys.executable).parent, Path(sys.executable).parent / "Scripts"):
        for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
            if (folder / name).exists():
                return str(folder / name)
    found = shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease not found: install the project (pip install -e .) first")
    return found


def catalogues() -> list[Path]:
    """Every language there is: a new regulars_xx.ts is picked up without editing this."""
    return sorted(TRANSLATIONS.glob("regulars_*.ts"))


def build(out: Path) -> list[Path]:
    """Compile each catalogue into ``out``; the .qm files written."""
    out.mkdir(parents=True, exist_ok=True)
    tool = lrelease()
    written = []
    for ts in catalogues():
        qm = out / ts.with_suffix(".qm").name
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description="Compile the .ts catalogues into .qm files.")
    parser.add_argument("--out", type=Path, default=TRANSLATIONS,
                        help="folder for the .qm files (default: beside the .ts)")
    for qm in build(parser.parse_args().out):
        print(qm)


if __name__ == "__main__":
    main()
