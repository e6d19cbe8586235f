"""A ``--district``/``--street`` that matches nothing → the values in the data nearest to it.

Contract: :func:`nearest_values` returns ``{"district": [...], "street": [...]}`` for the filters
given, each list the up-to-three distinct values of that column that contain the filter or are
contained in it (``西岗`` → ``西岗区``), then the closest by spelling (difflib). One small
``SELECT DISTINCT`` per filter over the ``activity`` view; called only when the filters left no
row, so a normal run pays nothing.
"""

from __future__ import annotations

import difflib
from typing import Any

LIMIT = 3


def rank(value: str, known: list[str]) -> list[str]:
    """``known`` values nearest to ``value``, best first."""
    inside = sorted((k for k in known if value in k or k in value), key=lambda k: (len(k), k))
    close = difflib.get_close_matches(value, known, n=LIMIT, cutoff=0.3)
    return list(dict.fromkeys([*inside, *close]))[:LIMIT]


def nearest_values(con: Any, filters: Any) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for column, value in (("district", filters.district), ("street", filters.street)):
        if not value:
            continue
        rows = con.execute(
            f"SELECT DISTINCT {column} FROM activity WHERE {column} IS NOT NULL"
        ).fetchall()
        out[column] = rank(value, sorted(str(r[0]) for r in rows))
    return out
