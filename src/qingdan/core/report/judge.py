"""Judging activity rows against the lists in force on each row's date (issue 5 item 3).

Contract: after :func:`.ingest.ingest`, :func:`judge` registers ``qd_items`` (every
item with its dates and status) and ``qd_matches`` (one row per distinct raw ``(title, kind)`` of
the rows without an item id) and ``qd_keys`` (both as one lookup, so a row costs one join), then
defines the view ``judged``: each activity row with
``matched_id``, ``score`` and a ``verdict`` (of the ENUM type ``qd_verdict``; ``qd_cube`` and the
``--db`` tables carry it as text):

* ``on_list`` — the item (given by id, or matched by title at ``score >= admit``) fits the row's
  kind and was in force on the row's date;
* off the lists: ``retired`` (done on or after the item's retirement, or an item kept only as a
  record that was never in force), ``not_yet`` (before it took effect), ``lapsed`` (after
  ``effective_to``), ``vetoed``, ``wrong_kind`` (an item of another
  list), ``unknown_id`` (an id no list has), ``review`` (best title match between the ``review``
  and ``admit`` thresholds: a person must look) and ``unlisted`` (nothing close).

Titles are matched once per distinct *normalized* (title, kind) with the shared
:class:`~qingdan.core.lists.textmatch.Matcher`, in Python; everything per row is a join in DuckDB.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from qingdan.core.lists.kinds import REQUEST_KINDS
from qingdan.core.lists.model import ListSet
from qingdan.core.report.sqlfiles import sql

VERDICTS = (
    "on_list",
    "retired",
    "not_yet",
    "lapsed",
    "vetoed",
    "wrong_kind",
    "unknown_id",
    "review",
    "unlisted",
)
REQUEST_KIND_OF = {list_kind: kind for kind, lists in REQUEST_KINDS.items() for list_kind in lists}


@dataclass(frozen=True)
class Judging:
    distinct_titles: int  #: distinct raw (title, kind) pairs without an item id
    matched_keys: int  #: distinct normalized (title, kind) pairs scored by the matcher
    admit: float
    review: float


def item_columns(lists: ListSet) -> dict[str, list[Any]]:
    """The ``qd_items`` table as columns: every item with its kind, dates and status."""
    items = sorted(lists, key=lambda i: i.id)
    return {
        "id": [i.id.upper() for i in items],
        "list_kind": [i.kind for i in items],
        "request_kind": [REQUEST_KIND_OF.get(i.kind, "task") for i in items],
        "title": [i.title for i in items],
        "status": [i.status for i in items],
        "effective_from": [i.effective_from for i in items],
        "effective_to": [i.effective_to for i in items],
        "retired_on": [i.retired_on for i in items],
    }


def load_table(con: Any, name: str, columns: dict[str, list[Any]]) -> None:
    """``columns`` as the DuckDB temp table ``name`` (values as parameters, one statement)."""
    select = ", ".join(f"unnest(${k}) AS {k}" for k in columns)
    con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT {select}", columns)


def register_items(con: Any, lists: ListSet) -> None:
    load_table(con, "qd_items", item_columns(lists))


def titles_matcher(lists: ListSet) -> tuple[Any, dict[tuple[str, str], str]]:
    """The :class:`~qingdan.core.lists.textmatch.Matcher` of the lists' activity items, and
    their exact names: (core of a name, activity kind) → the lowest item id."""
    from qingdan.core.lists.textmatch import Matcher, core

    items = [i for i in lists if i.kind in REQUEST_KIND_OF]  # reference lists cover no activity
    exact: dict[tuple[str, str], str] = {}
    for item in sorted(items, key=lambda i: i.id):
        for name in item.names:
            exact.setdefault((core(name), REQUEST_KIND_OF.get(item.kind, "task")), item.id.upper())
    return Matcher(items), exact


def match_titles(
    pairs: list[tuple[str, str]],
    lists: ListSet,
    admit: float,
    review: float,
    prepared: tuple[Any, dict[tuple[str, str], str]] | None = None,
) -> tuple[dict[str, list[Any]], int]:
    """Score each distinct normalized (title, kind) once; return the match table's columns
    (``prepared``: :func:`titles_matcher` of ``lists``, if made already)."""
    from qingdan.core.lists.textmatch import core, normalize

    matcher, exact = prepared or titles_matcher(lists)
    by_key: dict[tuple[str, str], tuple[str | None, float, str]] = {}
    out: dict[str, list[Any]] = {
        k: [] for k in ("title", "kind", "norm", "item_id", "score", "decision")
    }
    for title, kind in pairs:
        key = (normalize(title), kind)
        if key not in by_key and (core(title), kind) in exact:  # the matcher would say 100
            by_key[key] = (exact[(core(title), kind)], 100.0, "match")
        elif key not in by_key:
            found = matcher.match(title, kinds=REQUEST_KINDS.get(kind), limit=1) if key[0] else []
            best = found[0] if found else None
            score = best.score if best is not None else 0.0
            decision = "match" if score >= admit else "review" if score >= review else "none"
            by_key[key] = (
                best.id.upper() if best is not None and decision != "none" else None,
                score,
                decision,
            )
        item_id, score, decision = by_key[key]
        for name, value in zip(
            out, (title, kind, key[0] or title, item_id, score, decision), strict=True
        ):
            out[name].append(value)
    return out, len(by_key)


def verdict_type(con: Any) -> None:
    """The ENUM ``qd_verdict`` that ``judged.sql`` gives each row: every verdict and
    ``rejected``."""
    values = ", ".join(f"'{v}'" for v in ("rejected", *VERDICTS))
    con.execute(f"CREATE OR REPLACE TEMP TYPE qd_verdict AS ENUM ({values})")


def judge(con: Any, lists: ListSet, admit: float = 80, review: float = 60) -> Judging:
    """Define ``judged`` on ``con`` (needs the ``activity`` view)."""
    from concurrent.futures import ThreadPoolExecutor

    register_items(con, lists)
    verdict_type(con)
    # DuckDB scans the titles (without the GIL) while Python builds the matcher; con is used
    # by that one thread only until the scan is done
    with ThreadPoolExecutor(max_workers=1) as pool:
        scan = pool.submit(lambda: con.execute(sql("titles")).fetchall())
        prepared = titles_matcher(lists)
        pairs = [tuple(r) for r in scan.result()]
    columns, keys = match_titles(pairs, lists, admit, review, prepared)
    load_table(con, "qd_matches", columns)
    install(con)
    return Judging(len(pairs), keys, admit, review)


def install(con: Any) -> None:
    """``qd_keys`` and the views ``scoped`` and ``judged`` on ``con``, which holds ``typed``,
    ``qd_items``, ``qd_matches`` and the type ``qd_verdict``."""
    con.execute(sql("keys"))
    con.execute(sql("scoped"))
    con.execute(sql("judged"))
