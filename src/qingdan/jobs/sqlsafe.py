"""``qingdan sql``'s connection: read-only, no file or network access, one statement (issue 12).

Contract: :func:`open_db` opens a kept report database. By default read-only, with
``enable_external_access`` off (no ``COPY … TO``, no ``read_csv('/etc/passwd')``, no ``ATTACH``,
and a view inside a received ``.duckdb`` file cannot read local files either), extensions never
installed or loaded, and the configuration locked so a statement cannot switch any of that back
on. ``allow_write`` (``--allow-write``) opens it writable with file access, for people who mean it.
:func:`one_statement` refuses a text holding more than one statement. Both raise
:class:`~qingdan.errors.UsageError` (exit 2).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qingdan.errors import UsageError
from qingdan.i18n import t


def open_db(db: Path, *, allow_write: bool = False) -> Any:
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
        raise UsageError(t("sql.bad_db", path=db, error=str(exc).splitlines()[0])) from None
    return con


def one_statement(con: Any, query: str) -> Any:
    """The single prepared statement of ``query``."""
    import duckdb

    try:
        statements = con.extract_statements(query)
    except duckdb.Error as exc:
        raise UsageError(t("sql.failed", error=str(exc).splitlines()[0])) from None
    if len(statements) != 1:
        raise UsageError(t("sql.one_statement", count=len(statements)), t("sql.read_only.hint"))
    return statements[0]
