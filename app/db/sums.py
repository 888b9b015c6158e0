"""A SUM that cannot fail with "integer overflow".

SQLite's SUM() of integers raises once the exact total passes 2**63; TOTAL() never
does (it adds in floating point, exact while the total stays below 2**53, which is
90 trillion roubles in kopecks). PostgreSQL's SUM of a bigint is a numeric and never
overflows. Reports read money through this so old or absurd rows cannot break them;
new purchases are capped (app.domain.money.MAX_AMOUNT_MINOR) so totals stay exact.
"""

from __future__ import annotations

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import GenericFunction
from sqlalchemy.types import Numeric


class safe_sum(GenericFunction):  # noqa: N801 - an SQL function's name
    type = Numeric()
    name = "safe_sum"
    inherit_cache = True


@compiles(safe_sum)
def _sum(element, compiler, **kw):
    return f"SUM({compiler.process(element.clauses, **kw)})"


@compiles(safe_sum, "sqlite")
def _total(element, compiler, **kw):
    return f"TOTAL({compiler.process(element.clauses, **kw)})"


def whole(value) -> int:
    """A sum read back as an int (TOTAL gives a float, PostgreSQL a Decimal)."""
    return int(round(value)) if value is not None else 0
