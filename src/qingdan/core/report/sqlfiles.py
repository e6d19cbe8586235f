"""The report's SQL, kept in ``qingdan/core/report/sql/*.sql`` for auditors (DESIGN §3).

Each file holds one statement in portable SQL over the views ``activity``, ``judged`` and
``rejects`` (plus the small tables ``qd_items`` and ``qd_matches``); values come as named
parameters (``$name``), never by formatting.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def sql(name: str) -> str:
    """The text of ``sql/<name>.sql``."""
    return resources.files("qingdan.core.report").joinpath("sql", f"{name}.sql").read_text("utf-8")
