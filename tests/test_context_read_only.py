"""The entries (app/ui, the command line) read the ServiceContext and never assign to
it: who is at the till changes through services/sign_in.py, the program in force
through the services that save it (issue #15)."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Moves to the settings store in the same issue (the "settings" part of #15); the lead
# removes this line when that lands.


def assignments_to_ctx(source: str) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(source)):
        targets = []
        if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        elif (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "setattr"
              and node.args):
            targets = [ast.Attribute(value=node.args[0], attr="?")]
        for target in targets:
            for t in (target.elts if isinstance(target, ast.Tuple) else [target]):
                if isinstance(t, ast.Attribute) and _is_ctx(t.value):
                    found.append((node.lineno, t.attr))
    return sorted(found)


def _is_ctx(node: ast.expr) -> bool:
    return (isinstance(node, ast.Name) and node.id in ("ctx", "context")) or (
        isinstance(node, ast.Attribute) and node.attr in ("ctx", "_ctx", "context"))


def test_no_entry_assigns_to_the_context():
    entries = sorted((ROOT / "app" / "ui").glob("*.py")) + sorted((ROOT / "app").glob("cli*.py"))
    offences = [f"{path.relative_to(ROOT).as_posix()}:{line} assigns ctx.{attr}"
                for path in entries
                for line, attr in assignments_to_ctx(path.read_text(encoding="utf-8"))]
    assert offences == []


def test_the_checker_sees_each_form():
    source = ("self._terminal.ctx.staff = None\nctx.cashier = 'x'\n"
              "terminal.ctx.lang, b = 'ru', 1\nsetattr(self.terminal.ctx, 'clock', f)\n"
              "t.ctx.visits += 1\nlabel.text = terminal.ctx.lang\n")
    assert [attr for _line, attr in assignments_to_ctx(source)] == [
        "staff", "cashier", "lang", "?", "visits"]
