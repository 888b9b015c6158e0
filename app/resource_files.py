"""Where the shipped data files are: the one place that knows.

The repository keeps them in its top-level resources/ folder; the build installs that
folder as the package ``app.resources`` (setup.py), and an editable install maps the
same name to the checkout's folder, so ``importlib.resources`` finds them in a checkout,
in an installed wheel and in the frozen folder build alike. Nothing here reads a file:
callers get a path (or a Traversable) and read what they need.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

PACKAGE = "app.resources"


def resource(*parts: str) -> Traversable:
    """A shipped file or folder, e.g. ``resource("program", "default.json")``."""
    return files(PACKAGE).joinpath(*parts)


def resource_path(*parts: str) -> Path:
    """The same as a file-system path, for readers that need one (fonts, Qt's loaders).
    The package is always installed as files on disk (a wheel, an editable install, the
    frozen folder build), never run from a zip, so the Traversable is a real path."""
    return Path(str(resource(*parts)))


def translation_files() -> dict[str, Path]:
    """Every compiled catalogue shipped, by language: regulars_ru.qm → "ru"."""
    folder = resource("translations")
    return {item.name[len("regulars_"):-len(".qm")]: resource_path("translations", item.name)
            for item in folder.iterdir()
            if item.name.startswith("regulars_") and item.name.endswith(".qm")}
