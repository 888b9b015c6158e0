"""No module in app/ over 400 lines, no function over 50 (tests/sizes.py says what is excepted)."""

import ast
import subprocess
import sys
from pathlib import Path

from tests import sizes


def test_the_script_prints_the_longest_ones():
    out = subprocess.run([sys.executable, str(Path(sizes.__file__)), "--top", "3"],
                         capture_output=True, text=True, check=True).stdout
    assert "longest modules (limit 400" in out and "longest functions (limit 50" in out


def test_no_module_or_function_over_the_limits():
    modules, functions = sizes.measure()
    assert [s for s in modules if s.lines > sizes.MODULE_LIMIT] == []
    assert [s for s in functions if s.lines > sizes.FUNCTION_LIMIT] == []


def test_the_measure_counts_logic_and_skips_tables_and_migrations(tmp_path):
    (tmp_path / "db" / "migrations").mkdir(parents=True)
    (tmp_path / "db" / "migrations" / "v1.py").write_text("x = 1\n" * 500)
    long_body = "".join(f"    a{i} = {i}\n" for i in range(60))
    table = "".join(f"        'k{i}': {i},\n" for i in range(60))
    (tmp_path / "m.py").write_text(
        f"class K:\n    def long(self):\n{long_body.replace('    ', '        ')}\n"
        f"def table():\n    '''The codes.'''\n    return {{\n{table}    }}\n")
    modules, functions = sizes.measure(tmp_path)
    assert [m.where for m in modules] == ["m.py"]
    assert [(f.where, f.lines) for f in functions] == [("m.py:K.long", 61)]
    tree = ast.parse("def f():\n    return g({1: 2})\n")
    assert not sizes.is_data_table(tree.body[0])  # a call of a table is logic
