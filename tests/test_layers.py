"""The layer rule (ui -> services -> db/cards -> domain) checked on the source."""

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[1] / "app"

FORBIDDEN = {
    "domain": ("PySide6", "sqlalchemy", "alembic", "app.db", "app.services", "app.ui",
               "app.cards"),
    "db": ("PySide6", "app.services", "app.ui"),
    "services": ("PySide6", "app.ui"),
    "cards": ("PySide6", "sqlalchemy", "app.db", "app.services", "app.ui"),
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_downwards(layer):
    offenders = []
    for path in (APP / layer).rglob("*.py"):
        for name in _imports(path):
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer]):
                offenders.append(f"{path.relative_to(APP)} imports {name}")
    assert offenders == []


def test_ui_never_touches_sessions():
    offenders = [str(p.relative_to(APP)) for p in (APP / "ui").rglob("*.py")
                 if any(n.startswith(("sqlalchemy", "app.db.models", "app.db.engine"))
                        for n in _imports(p))]
    assert offenders == []
