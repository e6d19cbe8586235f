"""Synthetic activity logs for the bundled workspace (``qingdan generate``; issue 5 item 1).

Contract: :func:`generate` writes ``rows`` canonical activity rows (DESIGN §3: activity_id, date,
district, street, community, department, kind, item_id, title, hours) to ``out`` as Parquet, CSV
or JSON Lines (by extension), and returns a :class:`Generated`. The same lists, seed and options
give the same file, byte for byte.

How: the small dimensions (communities, a 1,000-slot weighted pool of work, title variants) are
built in Python with ``random.Random(seed)``; the rows themselves are one DuckDB query over
``range(rows)`` where every choice is ``hash(i, seed, stream)`` indexing a list parameter — no
joins (so insertion order is kept) and no Python per row: 10^7 rows take seconds.

The mix (``SHARES``, per mille): ~89.5 % on-list work (half with the item's id, half as free
text: the title, an alias, a paraphrase or, rarely, a typo), ~2 % items done after they were
retired, ~1 % vetoed entry items, and ~7.5 % off-list work (negative-list certificates, plaques,
appraisals, ledgers, forbidden tasks).
``dirty=True`` corrupts ~0.6 % of rows (impossible dates, non-numeric hours, no community) and,
in CSV and JSONL, appends lines with the wrong number of fields or broken JSON, for ingest tests.
Over 150 lines: the dimension builders and the one query that uses them read best together.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from qingdan.core.lists.model import Item, ListSet
from qingdan.core.report import synth_dims as data

FORMATS = {".parquet": "parquet", ".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}
REQUEST_KIND = {
    "self-governance": "task",
    "assisted": "task",
    "entry": "task",
    "ledgers": "ledger",
    "certificates": "certificate",
    "plaques": "plaque",
    "evaluations": "evaluation",
}
POOL = 1000
SHARES = {"on": 895, "retired": 20, "vetoed": 10, "off": 75}


@dataclass(frozen=True)
class Generated:
    path: Path
    format: str
    rows: int  #: rows written, dirty ones included
    broken_lines: int  #: extra unparseable lines appended (dirty CSV/JSONL)


def output_format(path: Path) -> str | None:
    return FORMATS.get(path.suffix.lower())


def communities(rng: random.Random) -> list[tuple[str, str, str]]:
    """(district, street, community) for every community; names stable for a seed."""
    out: list[tuple[str, str, str]] = []
    for district, streets in data.STREETS.items():
        for street in streets:
            names = list(data.NAMED_COMMUNITIES.get(street, ()))
            count = data.DENSITY[district] + rng.randint(-2, 3)
            while len(names) < count:
                name = rng.choice(data.STEMS) + rng.choice(data.STEMS) + rng.choice(data.SUFFIXES)
                name += "社区"
                if name not in names:
                    names.append(name)
            out.extend((district, street, name) for name in names)
    return out


def _typo(text: str, rng: random.Random) -> str:
    if len(text) < 4:
        return text + text[-1]
    i = rng.randrange(1, len(text) - 1)
    return (
        text[:i] + text[i + 1 :]
        if rng.random() < 0.5
        else text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    )


def variants(names: tuple[str, ...], rng: random.Random) -> list[str]:
    """The ways people write one piece of work, repeated by how often they are written: each
    name three times, a paraphrase frame around each name twice, a typo or two once."""
    framed = [rng.choice(data.FRAMES).format(name) for name in names]
    typos = [_typo(name, rng) for name in names[:2]]
    out = [*names, *names, *names, *framed, *framed, *typos]
    return [v for v in out if v]


@dataclass(frozen=True)
class _Entry:
    kind: str
    department: str
    item_id: str | None
    titles: tuple[str, ...]


def entries(lists: ListSet, rng: random.Random, start: dt.date) -> tuple[list[_Entry], list[int]]:
    """The kinds of work and a ``POOL``-slot table of entry indexes weighted by ``SHARES``."""
    groups: dict[str, list[_Entry]] = {"on": [], "retired": [], "vetoed": [], "off": []}
    for item in sorted(lists, key=lambda i: i.id):
        group = _group(item, start)
        dept = item.department or rng.choice(data.EXTRA_DEPARTMENTS)
        groups[group].append(
            _Entry(
                REQUEST_KIND.get(item.kind, "task"), dept, item.id, tuple(variants(item.names, rng))
            )
        )
    for kind, dept, title in data.OFF_LIST:
        groups["off"].append(_Entry(kind, dept, None, tuple(variants((title,), rng))))
    table: list[_Entry] = []
    pool: list[int] = []
    for group, share in SHARES.items():
        members = groups[group]
        if not members:
            continue
        weights = [1.0 / (1 + rank) ** 0.8 for rank in range(len(members))]
        rng.shuffle(weights)
        total = sum(weights)
        base = len(table)
        table.extend(members)
        slots = [round(share * w / total) or 1 for w in weights]
        for offset, count in enumerate(slots):
            pool.extend([base + offset + 1] * count)  # 1-based for SQL lists
    pool = (pool * 2)[:POOL] if len(pool) < POOL else pool[:POOL]
    return table, pool


def _group(item: Item, start: dt.date) -> str:
    if item.status == "vetoed":
        return "vetoed"
    if item.status == "retired":
        return "retired"
    return "on" if item.effective_from is not None else "vetoed"


QUERY = """
WITH r AS (
  SELECT i,
    hash(i, $seed, 1) AS h1, hash(i, $seed, 2) AS h2, hash(i, $seed, 3) AS h3,
    hash(i, $seed, 4) AS h4, hash(i, $seed, 5) AS h5, hash(i, $seed, 6) AS h6
  FROM range($rows) t(i)
), e AS (
  SELECT *, $pool[(h3 % 1000)::INTEGER + 1] AS entry, (h2 % $ngeo)::INTEGER + 1 AS g FROM r
)
SELECT
  printf('A%010d', i + 1) AS activity_id,
  CAST($start AS DATE) + (h1 % $days)::INTEGER AS date,
  $district[g] AS district, $street[g] AS street, $community[g] AS community,
  $department[entry] AS department, $kind[entry] AS kind,
  CASE WHEN h4 % 100 < 50 THEN $item_id[entry] END AS item_id,
  $title[$offset[entry] + (h6 % $nvar[entry])::INTEGER + 1] AS title,
  CASE WHEN h5 % 100 < 4 THEN NULL ELSE ((h5 // 100) % 12 + 1)::DOUBLE / 2 END AS hours
FROM e
"""

DIRTY = """
SELECT activity_id,
  CASE WHEN h % 1000 < 6 AND (h // 1000) % 4 = 0 THEN '2024-02-30'
       WHEN h % 1000 < 6 AND (h // 1000) % 4 = 3 THEN '2024-13-01'
       ELSE CAST(date AS VARCHAR) END AS date,
  district, street,
  CASE WHEN h % 1000 < 6 AND (h // 1000) % 4 = 2 THEN NULL ELSE community END AS community,
  department, kind, item_id, title,
  CASE WHEN h % 1000 < 6 AND (h // 1000) % 4 = 1 THEN '约两小时'
       ELSE CAST(hours AS VARCHAR) END AS hours
FROM (SELECT *, hash(activity_id, $seed, 7) AS h FROM ({query}))
"""


def generate(
    lists: ListSet,
    out: Path,
    rows: int,
    seed: int = 0,
    *,
    dirty: bool = False,
    start: dt.date = dt.date(2024, 1, 1),
    days: int = 366,
) -> Generated:
    """Write ``rows`` synthetic activity rows to ``out`` (atomically: a temp file, then rename)."""
    import os
    import tempfile

    import duckdb

    fmt = output_format(out)
    if fmt is None:
        raise ValueError(out.suffix)
    rng = random.Random(seed)  # noqa: S311 - synthetic data, reproducible by seed
    geo = communities(random.Random(0))  # noqa: S311 - a fixed, made-up geography
    table, pool = entries(lists, rng, start)
    titles: list[str] = []
    offsets: list[int] = []
    for entry in table:
        offsets.append(len(titles))
        titles.extend(entry.titles)
    params = {
        "seed": seed,
        "rows": rows,
        "start": start.isoformat(),
        "days": days,
        "pool": pool,
        "ngeo": len(geo),
        "district": [g[0] for g in geo],
        "street": [g[1] for g in geo],
        "community": [g[2] for g in geo],
        "department": [e.department for e in table],
        "kind": [e.kind for e in table],
        "item_id": [e.item_id for e in table],
        "title": titles,
        "offset": offsets,
        "nvar": [len(e.titles) for e in table],
    }
    query = DIRTY.format(query=QUERY) if dirty else QUERY
    options = {
        "parquet": "FORMAT parquet, COMPRESSION zstd",
        "csv": "FORMAT csv, HEADER true",
        "jsonl": "FORMAT json",
    }[fmt]
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=out.suffix, dir=out.parent)
    os.close(fd)
    try:
        con = duckdb.connect()
        con.execute("SET preserve_insertion_order = true")
        con.execute(f"COPY ({query}) TO $path ({options})", {**params, "path": tmp})
        con.close()
        broken = _append_broken(Path(tmp), fmt, rows) if dirty else 0
        Path(tmp).replace(out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Generated(out, fmt, rows, broken)


def _append_broken(path: Path, fmt: str, rows: int) -> int:
    """Lines no reader can take as a row: wrong field counts (CSV), broken JSON (JSONL)."""
    if fmt == "parquet":
        return 0
    count = max(2, rows // 2000)
    samples = {
        "csv": (
            "A-BROKEN,2024-03-01,西岗区,八一路街道\n",
            "A-BROKEN,2024-03-01,西岗区,八一路街道,林茂社区,市民政局,task,,低保公示,1,多余\n",
        ),
        "jsonl": (
            '{"activity_id": "A-BROKEN", "date": "2024-03-01", "title": "低保公示"\n',
            "not json at all\n",
        ),
    }[fmt]
    with path.open("a", encoding="utf-8") as fh:
        for n in range(count):
            fh.write(samples[n % 2])
    return count
