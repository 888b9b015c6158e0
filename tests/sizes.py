"""The longest modules and functions in app/: `python tests/sizes.py [--top N]`.

The limits (issue #15): no module over 400 lines, no function over 50. Not counted:
- app/db/migrations/: a shipped migration is never edited, whatever its length;
- data tables: a function whose body (after its docstring) is one ``return`` of a
  dict, list, tuple or set display — e.g. app/ui/messages.py ``_texts``, the error codes
  in the cashier's language. Its length is the length of the table, not of logic.
"""

from __future__ import annotations

import argparse
import ast
from dataclasses import dataclass
from pathlib import Path

APP = Path(__file__).resolve().parents[1] / "app"
MODULE_LIMIT = 400
FUNCTION_LIMIT = 50
EXCLUDED = ("db/migrations",)
_TABLES = (ast.Dict, ast.List, ast.Tuple, ast.Set)


@dataclass(frozen=True)
class Size:
    lines: int
    where: str  # path relative to app/, and for a function its qualified name


def _excluded(path: Path, root: Path) -> bool:
    rel = path.relative_to(root).as_posix()
    return any(rel == part or rel.startswith(part + "/") for part in EXCLUDED)


def is_data_table(node: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    body = node.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
            and isinstance(body[0].value.value, str):
        body = body[1:]
    return len(body) == 1 and isinstance(body[0], ast.Return) \
        and isinstance(body[0].value, _TABLES)


def _functions(tree: ast.AST, prefix: str = ""):
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            name = f"{prefix}{node.name}"
            yield name, node
            yield from _functions(node, name + ".")
        elif isinstance(node, ast.ClassDef):
            yield from _functions(node, f"{prefix}{node.name}.")
        else:
            yield from _functions(node, prefix)


def measure(root: Path = APP) -> tuple[list[Size], list[Size]]:
    """(modules, functions), each longest first."""
    modules, functions = [], []
    for path in sorted(root.rglob("*.py")):
        if _excluded(path, root):
            continue
        rel = path.relative_to(root).as_posix()
        text = path.read_text(encoding="utf-8")
        modules.append(Size(len(text.splitlines()), rel))
        for name, node in _functions(ast.parse(text)):
            if not is_data_table(node):
                start = min([node.lineno] + [d.lineno for d in node.decorator_list])
                functions.append(Size(node.end_lineno - start + 1, f"{rel}:{name}"))
    key = lambda size: (-size.lines, size.where)  # noqa: E731
    return sorted(modules, key=key), sorted(functions, key=key)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=15, help="how many of each to show")
    top = parser.parse_args(argv).top
    modules, functions = measure()
    for title, sizes, limit in (("modules", modules, MODULE_LIMIT),
                                ("functions", functions, FUNCTION_LIMIT)):
        over = sum(s.lines > limit for s in sizes)
        print(f"longest {title} (limit {limit}, {over} over):")
        for size in sizes[:top]:
            print(f"{size.lines:6}{' !' if size.lines > limit else '  '} {size.where}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
