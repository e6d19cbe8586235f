"""What a Parquet file's own statistics prove about its columns (issue 13: flat and fast).

Contract: :func:`parquet_facts` reads a file's footer (``parquet_metadata``, no data pages) and
returns, per canonical column, a :class:`Facts`: whether the column may hold NULL, ``''`` or NaN,
bounds on its values and on the bytes of any one cell. The typed view (:mod:`.ingest`) leaves out
a per-row check only where these facts prove it cannot fire, so every row is still judged exactly
as before; a column whose statistics are missing in any row group keeps every check.

Soundness: a row group's ``min``/``max`` statistics bound every value in it (a truncated string
minimum is a prefix, never above the true minimum, and ``''`` sorts below every other string);
writers leave NaN out of floating-point bounds, so NaN is ruled out only by ``nan_count = 0``; a
cell's bytes never exceed its column chunk's uncompressed size.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Facts:
    """What is proved about one column; the defaults prove nothing."""

    nulls: bool = True  #: may hold NULL
    empty: bool = True  #: may hold ``''``
    nan: bool = True  #: may hold NaN (floating point only)
    low: str | None = None  #: every non-NULL, non-NaN value is at least this (statistics text)
    high: str | None = None  #: … and at most this
    max_bytes: int | None = None  #: no cell is longer than this many bytes

    @property
    def present(self) -> bool:
        """Never NULL and never ``''``: ``nullif``/``IS NULL`` on it cannot fire."""
        return not self.nulls and not self.empty

    @property
    def formula_free(self) -> bool:
        """No value starts like a spreadsheet formula (``=``, ``+``, ``-``, ``@``, tab, CR): every
        value is at least ``low``, whose first character sorts above all of those."""
        return bool(self.low) and (self.low or "")[0] > max(LEADERS)

    def dates(self) -> tuple[dt.date, dt.date] | None:
        """The bounds as dates (a DATE or TIMESTAMP column), when both are known."""
        try:
            low, high = (dt.date.fromisoformat(v[:10]) for v in (self.low or "", self.high or ""))
        except ValueError:
            return None
        return low, high

    def numbers(self) -> tuple[float, float] | None:
        """The bounds as finite numbers, when both are known."""
        try:
            low, high = float(self.low or "nan"), float(self.high or "nan")
        except ValueError:
            return None
        return (low, high) if math.isfinite(low) and math.isfinite(high) else None


_FLOATS = ("FLOAT", "DOUBLE")
#: first characters a spreadsheet runs as a formula (violations.csv neutralises them)
LEADERS = ("=", "+", "-", "@", "\t", "\r")


def formula_free_columns(
    present: Iterable[str],
    facts: Mapping[str, Facts],
    constants: Mapping[str, str | None],
    shown: str | None,
) -> set[str]:
    """The text columns of one source proved never to start like a formula: by the file's
    statistics, as constants (hive partition values), or absent (NULL); ``file`` when the name
    shown for the source (``shown``; None when rows carry their own) is plain; ``activity_id``
    only when a missing one (``file:line``) would be plain too."""
    from qingdan.core.report.violations import TEXT

    def plain(value: str | None) -> bool:
        return value is None or not value.startswith(LEADERS)

    have = set(present)
    out = {c for c in TEXT if c not in have or (c in facts and facts[c].formula_free)}
    out |= {c for c, v in constants.items() if c in TEXT and plain(v)}
    file_ok = shown is not None and plain(shown)
    out.discard("file")
    if file_ok:
        out.add("file")
    if "activity_id" in out and not file_ok and not facts.get("activity_id", Facts()).present:
        out.discard("activity_id")
    out.discard("matched_id")  # from the lists, not the file: see build.export_violations
    return out


def combine(chunks: Iterable[tuple[Any, ...]], physical: str) -> Facts:
    """One column's facts from its chunks' ``(min, max, null_count, nan_count,
    uncompressed_size)`` (``physical``: the Parquet type, e.g. ``BYTE_ARRAY``)."""
    rows = list(chunks)
    if not rows:
        return Facts()
    lows, highs = [r[0] for r in rows], [r[1] for r in rows]
    known = all(v is not None for v in (*lows, *highs))
    floats = physical in _FLOATS
    texts = physical in ("BYTE_ARRAY", "FIXED_LEN_BYTE_ARRAY")
    key: Any = float if floats else str
    if known and floats:
        try:
            lows_f, highs_f = [float(v) for v in lows], [float(v) for v in highs]
        except ValueError:
            known = False
        else:
            known = not any(math.isnan(v) for v in (*lows_f, *highs_f))
    return Facts(
        nulls=not all(r[2] == 0 for r in rows),
        empty=texts and not (known and all(v != "" for v in lows)),
        nan=floats and not all(r[3] == 0 for r in rows),
        low=min(lows, key=key) if known else None,
        high=max(highs, key=key) if known else None,
        max_bytes=max(int(r[4]) for r in rows) if all(r[4] is not None for r in rows) else None,
    )


def parquet_facts(con: Any, path_sql: str, physical: Mapping[str, str]) -> dict[str, Facts]:
    """``physical``: canonical column → the file's column name. ``path_sql`` is the SQL naming
    the file (a ``getvariable`` call: the path never becomes SQL text)."""
    try:
        rows = con.execute(
            "SELECT path_in_schema, type, stats_min_value, stats_max_value, stats_null_count, "
            f"stats_nan_count, total_uncompressed_size FROM parquet_metadata({path_sql})"
        ).fetchall()
    except Exception:  # an unusual footer proves nothing; the reader itself reports real damage
        return {}
    by_name: dict[str, list[tuple[Any, ...]]] = {}
    types: dict[str, str] = {}
    for name, kind, *chunk in rows:
        by_name.setdefault(name, []).append(tuple(chunk))
        types[name] = kind
    return {
        canonical: combine(by_name[name], types[name])
        for canonical, name in physical.items()
        if name in by_name
    }
