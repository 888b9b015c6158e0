"""The layer rule (ui -> services -> db/cards -> domain) checked on the source.

The arrows are written once, in ALLOWED and THIRD_PARTY below. Every way a module can
name another one counts: ``import a.b``, ``from a import b`` (b a module or a name),
``from . import x`` and other relative imports, imports inside functions, and names
given to ``importlib.import_module`` / ``__import__`` — literal, f-string (its constant
head), or dotted ``app.…`` strings in the same file (a table of dialogs opened by name).
"""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[1] / "app"

# Which layers a layer may import (besides itself). The UI may use domain value types
# (Money, errors, roles, formats of numbers): they are pure and carry no rule the UI could
# apply on its own; it must not reach past the services into storage or the composition root.
# Likewise app/cards (no Qt, no storage: card faces and sheets drawn with Pillow): the card
# designer previews a design with it and the print dialog paints its pages; the cards
# themselves, who is printed and the record of a run come through the services.
ALLOWED: dict[str, frozenset[str]] = {
    "ui": frozenset({"services", "domain", "cards", "resource_files"}),
    "services": frozenset({"db", "cards", "domain", "resource_files"}),
    "db": frozenset({"domain"}),
    "cards": frozenset({"domain", "resource_files"}),
    "cli": frozenset({"services", "domain", "bootstrap", "api", "resource_files"}),
    "bootstrap": frozenset({"ui", "services", "db", "cards", "domain", "cli", "api",
                            "resource_files"}),
    # The register API (issue #19): an entry beside the UI and the command line, on the
    # services; only the command line and the composition root may start it.
    "api": frozenset({"services", "domain"}),
    "domain": frozenset(),
    # app/resource_files.py: where the shipped data files are (importlib.resources); a leaf
    # every layer that reads a font, the default program or a catalogue may use.
    "resource_files": frozenset(),
}
# Third-party packages that only some layers may import.
THIRD_PARTY: dict[str, frozenset[str]] = {
    "PySide6": frozenset({"ui", "bootstrap"}),
    "shiboken6": frozenset({"ui"}),
    "sqlalchemy": frozenset({"db", "services", "bootstrap"}),
    "alembic": frozenset({"db"}),
    "fastapi": frozenset({"api"}),
    "starlette": frozenset({"api"}),
    "pydantic": frozenset({"api"}),
    "uvicorn": frozenset({"api"}),
}
_DYNAMIC = {("importlib", "import_module"), (None, "import_module"), (None, "__import__")}


def layer_of(module: str, package: str = "app") -> str | None:
    """The layer a dotted module name inside `package` belongs to (None: the package itself)."""
    parts = module.split(".")
    if parts[0] != package or len(parts) < 2:
        return None
    head = parts[1]
    if head in {"ui", "services", "db", "cards", "domain", "api"}:
        return head
    if head == "resource_files":
        return head
    if head == "cli" or head.startswith("cli_") or head == "commands":
        return "cli"
    return "bootstrap"  # bootstrap.py, __main__.py: the entries that wire everything


def _module_name(path: Path, root: Path, package: str) -> str:
    rel = path.relative_to(root).with_suffix("")
    parts = [package, *rel.parts]
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve(node: ast.ImportFrom, here: str, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    base = here.split(".")
    if not is_package:
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _dynamic_name(arg: ast.expr) -> str | None:
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return arg.value
    if isinstance(arg, ast.JoinedStr) and arg.values and isinstance(arg.values[0], ast.Constant):
        head = str(arg.values[0].value)
        return head.rsplit(".", 1)[0] if "." in head else head
    return None


def _is_dynamic_call(node: ast.Call) -> bool:
    func = node.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return (func.value.id, func.attr) in _DYNAMIC
    return isinstance(func, ast.Name) and (None, func.id) in _DYNAMIC


def _is_module(root: Path, name: str) -> bool:
    rel = Path(*name.split(".")[1:])
    return (root / rel).is_dir() or (root / rel).with_suffix(".py").is_file()


def imported_names(path: Path, here: str, root: Path, package: str = "app") -> set[str]:
    """Every module name `path` (module `here`) imports, in any of the forms above."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    is_package = path.name == "__init__.py"
    names: set[str] = set()
    dynamic = False
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(node, here, is_package)
            names.add(base)
            # `from app import services`: a name that is a module counts as one
            names.update(f"{base}.{alias.name}" for alias in node.names
                         if base.startswith(package) and _is_module(root, f"{base}.{alias.name}"))
        elif isinstance(node, ast.Call) and _is_dynamic_call(node):
            dynamic = True
            if node.args and (name := _dynamic_name(node.args[0])):
                names.add(name)
    if dynamic:  # names kept in a table and handed to importlib later
        names.update(
            node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and node.value.startswith(package + ".")
            and all(part.isidentifier() for part in node.value.split(".")))
    return names


def violations(root: Path, package: str = "app") -> list[str]:
    """Each import in the package at `root` that breaks ALLOWED or THIRD_PARTY."""
    found = []
    for path in sorted(root.rglob("*.py")):
        here = _module_name(path, root, package)
        mine = layer_of(here, package)
        if mine is None:
            continue
        for name in sorted(imported_names(path, here, root, package)):
            top = name.split(".")[0]
            target = layer_of(name, package)
            if target is not None and target != mine and target not in ALLOWED[mine]:
                found.append(f"{path.relative_to(root)} ({mine}) imports {name} ({target})")
            elif top in THIRD_PARTY and mine not in THIRD_PARTY[top]:
                found.append(f"{path.relative_to(root)} ({mine}) imports {name}")
    return found


def test_app_imports_follow_the_layer_rule():
    assert violations(APP) == []


BREAKERS = {
    # file in a throw-away package "app": the rule it breaks
    "domain/a_from_package.py": "from app import services\n",
    "domain/b_relative.py": "from ..db import models\n",
    "domain/c_qt.py": "import PySide6.QtCore\n",
    "domain/d_sqlalchemy.py": "from sqlalchemy import select\n",
    "ui/a_db.py": "import app.db.models\n",
    "ui/b_bootstrap.py": "from app import bootstrap\n",
    "ui/c_inner.py": "def f():\n    from app.db.engine import make\n    return make\n",
    "ui/d_importlib.py": "import importlib\nimportlib.import_module('app.db.engine')\n",
    "ui/e_fstring.py": "import importlib\ndef f(n):\n    return importlib.import_module(f'app.db.{n}')\n",
    "ui/f_table.py": ("import importlib\nDIALOGS = (('x', 'app.cli'),)\n"
                     "def f(i):\n    return importlib.import_module(DIALOGS[i][1])\n"),
    "ui/g_dunder.py": "def f():\n    return __import__('app.bootstrap')\n",
    "services/a_root.py": "from app.bootstrap import build\n",
    "services/b_ui.py": "from app.ui import main\n",
    "services/c_qt.py": "from PySide6.QtCore import QObject\n",
    "db/a_services.py": "from app.services import sales\n",
    "cards/a_db.py": "from . import sheets\nfrom ..db import engine\n",
    "cli.py": "from app.ui.main import run\n",
    "cli_members.py": "from app.db import models\n",
}
OBEYERS = {
    "domain/ok.py": "from . import money\nfrom app.domain.money import Money\n",
    "ui/ok.py": "import importlib\nfrom app.services import sales\nfrom app.domain import errors\n"
                "from PySide6.QtCore import QObject\nimportlib.import_module('app.ui.ok')\n",
    "services/ok.py": "from app.db import models\nfrom app.cards import sheets\nimport sqlalchemy\n",
    "bootstrap.py": "import app.ui.main\nimport app.db.engine\nfrom PySide6 import QtCore\n",
}


def test_the_checker_reports_each_broken_rule(tmp_path):
    root = tmp_path / "app"
    for rel, source in {**BREAKERS, **OBEYERS}.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        (path.parent / "__init__.py").touch()
        path.write_text(source, encoding="utf-8")
    found = violations(root)
    reported = {line.split(" ")[0] for line in found}
    assert reported == set(BREAKERS), found
    assert "cards/a_db.py (cards) imports app.db (db)" in found
    assert not any("sheets" in line for line in found)  # `from . import` stays in the layer
