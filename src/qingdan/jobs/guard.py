"""DuckDB's errors about input files, as unreadable input data (exit 3) naming the file.

Contract: ``with data_errors(paths, show):`` turns a ``duckdb.Error`` raised inside the block
(a Parquet file corrupt in the middle is only found when the scan reaches it) into a
:class:`~qingdan.errors.DataError` naming the input file its message mentions (else every input).
An interrupt (``duckdb.InterruptException``, Ctrl-C) becomes ``KeyboardInterrupt`` (exit 130).
Anything else passes unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from qingdan.errors import DataError
from qingdan.i18n import t


def plausible(con: Any, config: Mapping[str, Any]) -> None:
    """``[report] max_hours``, ``earliest_date``, ``latest_date`` as DuckDB variables the
    ingest's reject rules read (defaults in :mod:`qingdan.core.limits`)."""
    for key, name in (
        ("max_hours", "qd_max_hours"),
        ("earliest_date", "qd_earliest"),
        ("latest_date", "qd_latest"),
    ):
        if config.get(key) is not None:
            con.execute(f"SET VARIABLE {name} = ?", [config[key]])


@contextmanager
def data_errors(paths: Sequence[Path], show: Callable[[Path], str] = str) -> Iterator[None]:
    import duckdb

    try:
        yield
    except duckdb.InterruptException:
        raise KeyboardInterrupt from None
    except RuntimeError as exc:  # DuckDB's answer to an interrupt while a query runs
        if "interrupted" in str(exc).lower():
            raise KeyboardInterrupt from None
        raise
    except (
        duckdb.IOException,
        duckdb.InvalidInputException,
        duckdb.ConversionException,
        duckdb.OutOfRangeException,
        duckdb.SerializationException,
    ) as exc:  # about the data; other DuckDB errors (binder, internal) are qingdan's bugs
        message = str(exc)
        named = [p for p in paths if str(p) in message or str(p.absolute()) in message]
        shown = ", ".join(show(p) for p in (named or paths))
        first = message.strip().splitlines()[0] if message.strip() else type(exc).__name__
        raise DataError(t("activity.unreadable", error=first[:300]), path=shown) from None
