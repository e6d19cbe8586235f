"""violations.csv in the reader's language, safe to open in Excel or WPS.

Contract: :func:`select` wraps the violations query (``sql/violations.sql``) so that each column
is renamed to ``headers[column]`` (Chinese by default, chosen by the caller), the coded columns
``verdict`` and ``kind`` show ``labels[column][code]``, and every text cell starting with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return gets a leading apostrophe, so a spreadsheet shows
it instead of running it as a formula. Labels travel as query parameters; headers are quoted
identifiers. Columns in ``plain`` are known never to start so (:mod:`.facts`) and are written as
they are. Returns ``(sql, params)``. Pure string building; DuckDB runs it.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

COLUMNS = (
    "activity_id", "date", "district", "street", "community", "department", "kind", "item_id",
    "title", "hours", "verdict", "matched_id", "score", "file", "line",
)  # fmt: skip
TEXT = frozenset(
    ("activity_id", "district", "street", "community", "department", "item_id", "title",
     "matched_id", "file")
)  # fmt: skip
LEADERS = "('=', '+', '-', '@', chr(9), chr(13))"
#: a match score has one decimal (the matcher rounds it; 0 or 100 otherwise), which DECIMAL
#: writes as DuckDB writes the DOUBLE (``51.1``, ``100.0``, ``0.0``: tested), at half the cost
SCORE = "CAST(v.score AS DECIMAL(18, 1))"


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def safe(column: str) -> str:
    """SQL neutralising a formula-looking text cell of ``column``."""
    return f"CASE WHEN left(v.{column}, 1) IN {LEADERS} THEN '''' || v.{column} ELSE v.{column} END"


def select(
    query: str,
    headers: Mapping[str, str],
    labels: Mapping[str, Mapping[str, str]],
    plain: Collection[str] = (),
) -> tuple[str, dict[str, str]]:
    params: dict[str, str] = {}
    parts = []
    for column in COLUMNS:
        expr = safe(column) if column in TEXT and column not in plain else f"v.{column}"
        if column == "score":  # same text, half the cost of writing a DOUBLE (see SCORE)
            expr = SCORE
        if column in labels:
            whens = []
            for code, label in labels[column].items():
                key = f"l{len(params)}"
                params[f"{key}c"], params[f"{key}l"] = code, label
                whens.append(f"WHEN ${key}c THEN ${key}l")
            expr = f"CASE v.{column} {' '.join(whens)} ELSE v.{column} END"
        parts.append(f"{expr} AS {_ident(headers.get(column, column))}")
    return f"SELECT {', '.join(parts)} FROM ({query}) AS v", params
