"""One SQL statement on a database kept by ``qingdan report --db`` (``qingdan sql``).

The database opens read-only, so a question can never change it. Tables: activities, rejects,
items, title_matches, cube. A missing file or a failing statement is a usage error carrying
DuckDB's first line of explanation.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qingdan.errors import UsageError
from qingdan.messages import msg


@dataclass(frozen=True)
class QueryResult:
    query: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


def query(db: Path, statement: str) -> QueryResult:
    """Run ``statement`` on the DuckDB file ``db`` (read-only) and fetch every row."""
    import duckdb

    if not db.is_file():
        raise UsageError(msg("file.missing", path=db), msg("sql.missing_db.hint"))
    con = duckdb.connect(str(db), read_only=True)
    try:
        result = con.execute(statement)
        columns = tuple(d[0] for d in result.description or ())
        rows = tuple(tuple(r) for r in result.fetchall())
    except duckdb.Error as exc:
        raise UsageError(msg("sql.failed", error=str(exc).splitlines()[0])) from None
    finally:
        con.close()
    return QueryResult(statement, columns, rows)
