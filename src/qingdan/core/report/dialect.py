"""The report's DuckDB SQL, transpiled for Spark with sqlglot: the judging SQL exists once.

Contract: :func:`to_spark(text, variables)` parses one statement of ``core/report/sql`` (or the
typed view built by :mod:`.ingest`) in DuckDB's dialect and returns ``(name, select)``: the
target of a ``CREATE … AS`` (or None) and the query in Spark SQL. DuckDB session variables
(``getvariable('qd_from')``) become literals from ``variables``; DuckDB's ``try_strptime`` with a
list of formats becomes Spark's ``try_to_timestamp`` per format, ``strlen`` (bytes) Spark's
``octet_length`` and ``isfinite`` a NaN/infinity test (sqlglot leaves those three as they are);
a cast to the verdict ENUM ``qd_verdict`` is dropped (Spark carries the verdict as text).
``order_by`` appends an ORDER
BY (Spark writes files in partition order, DuckDB streams in input order). Nothing else is
rewritten by hand: if sqlglot cannot express a statement for Spark, it raises.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

#: DuckDB strptime formats used by the readers → Java DateTimeFormatter patterns
JAVA_FORMATS = {
    "%Y/%m/%d": "y/M/d",
    "%Y.%m.%d": "y.M.d",
    "%Y年%m月%d日": "y'年'M'月'd'日'",
    "%Y%m%d": "yyyyMMdd",
}


def _literal(value: Any) -> Any:
    from sqlglot import exp

    if value is None:
        return exp.Null()
    if isinstance(value, bool):
        return exp.Boolean(this=value)
    if isinstance(value, dt.date):
        return exp.cast(exp.Literal.string(value.isoformat()), "DATE")
    if isinstance(value, (int, float)):
        return exp.Literal.number(value)
    return exp.Literal.string(str(value))


def to_spark(
    text: str, variables: Mapping[str, Any], order_by: Sequence[str] = ()
) -> tuple[str | None, str]:
    """``(CREATE target or None, the SELECT in Spark SQL)`` for one DuckDB statement."""
    import sqlglot
    from sqlglot import exp

    def rewrite(node: Any) -> Any:
        if isinstance(node, exp.Anonymous) and node.name.lower() == "getvariable":
            return _literal(variables.get(node.expressions[0].name))  # unset: NULL, as DuckDB
        if isinstance(node, exp.Anonymous) and node.name.lower() == "try_strptime":
            value, formats = node.expressions
            parsed = [
                exp.func("try_to_timestamp", value.copy(), exp.Literal.string(JAVA_FORMATS[f.name]))
                for f in formats.expressions
            ]
            return exp.Coalesce(this=parsed[0], expressions=parsed[1:])
        if type(node).__name__ == "Try" or (  # try(decode(blob)): Spark's decode never fails
            isinstance(node, exp.Anonymous) and node.name.lower() == "try"
        ):
            return (node.this if type(node).__name__ == "Try" else node.expressions[0]).copy()
        if isinstance(node, exp.Anonymous) and node.name.lower() == "strlen":  # bytes, both
            return exp.func("octet_length", *(e.copy() for e in node.expressions))
        if isinstance(node, exp.Cast) and node.to.sql(dialect="duckdb") == "qd_verdict":
            return node.this.copy()  # DuckDB's ENUM of verdicts (judge.py): Spark keeps text
        if isinstance(node, exp.Anonymous) and node.name.lower() == "isfinite":
            value = node.expressions[0].sql(dialect="spark")
            return sqlglot.parse_one(
                f"(NOT isnan({value}) AND abs({value}) < CAST('Infinity' AS DOUBLE))", read="spark"
            )
        return node

    tree = sqlglot.parse_one(text, read="duckdb").transform(rewrite)
    name = None
    if isinstance(tree, exp.Create):
        name = tree.this.name
        tree = tree.expression
    if order_by:
        tree = tree.order_by(*order_by)
    return name, tree.sql(dialect="spark")
