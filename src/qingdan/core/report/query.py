"""One SQL statement on a database kept by ``qingdan report --db`` (``qingdan sql``).

The database opens read-only, so a question can never change it, and without external access
(issue 12): no ``COPY … TO``, no ``read_csv('/etc/passwd')``, no ``ATTACH``, and a view inside a
received ``.duckdb`` file cannot read local files either; extensions are never installed or
loaded; the configuration is locked so the statement cannot switch any of that back on; exactly
one statement runs. ``allow_write`` (``--allow-write``) opens it writable with file access.
Tables: activities, rejects, items, title_matches, cube. A missing file or a failing statement
is a usage error carrying DuckDB's first line of explanation; a file that is not a DuckDB
database (a CSV given by mistake) is a data error (exit 3) saying how to make one.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qingdan.errors import DataError, UsageError
from qingdan.messages import msg


@dataclass(frozen=True)
class QueryResult:
    query: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


def query(db: Path, statement: str, *, allow_write: bool = False) -> QueryResult:
    """Run ``statement`` on the DuckDB file ``db`` (read-only, no file access unless
    ``allow_write``) and fetch every row."""
    import duckdb

    if not db.exists():
        raise UsageError(msg("file.missing", path=db), msg("sql.missing_db.hint"))
    if not db.is_file():
        raise UsageError(msg("sql.not_duckdb", path=db), msg("sql.missing_db.hint"))
    with db.open("rb") as fh:  # a DuckDB file says DUCK at byte 8; a CSV or an xlsx does not
        if fh.read(12)[8:12] != b"DUCK":
            raise DataError(msg("sql.not_duckdb", path=db), msg("sql.missing_db.hint"))
    hint = None if allow_write else msg("sql.read_only.hint")
    con = _open(db, allow_write)
    try:
        statements = con.extract_statements(statement)
        if len(statements) != 1:
            raise UsageError(msg("sql.one_statement", count=len(statements)), hint)
        result = con.execute(statements[0])
        columns = tuple(d[0] for d in result.description or ())
        rows = tuple(tuple(r) for r in result.fetchall())
    except duckdb.Error as exc:
        raise UsageError(msg("sql.failed", error=str(exc).splitlines()[0]), hint) from None
    finally:
        con.close()
    return QueryResult(statement, columns, rows)


def _open(db: Path, allow_write: bool) -> Any:
    import duckdb

    config: dict[str, Any] = {
        "autoinstall_known_extensions": False,
        "autoload_known_extensions": False,
    }
    if not allow_write:
        config["enable_external_access"] = False
    try:
        con = duckdb.connect(str(db), read_only=not allow_write, config=config)
        if not allow_write:
            con.execute("SET lock_configuration = true")
    except duckdb.Error as exc:
        raise UsageError(msg("sql.bad_db", path=db, error=str(exc).splitlines()[0])) from None
    return con
