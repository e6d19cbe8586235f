"""Synthetic activity logs: deterministic for a seed, Dalian's geography, a realistic mix."""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb
import pytest

from qingdan.core.lists.model import ListSet, load_lists
from qingdan.core.report import synth_dims as synthdata
from qingdan.core.report.synth import generate
from qingdan.workspace import load


@pytest.fixture
def lists(workspace: Path) -> ListSet:
    return load_lists(load(workspace).list_paths)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("suffix", [".parquet", ".csv", ".jsonl"])
def test_the_same_seed_gives_the_same_bytes(tmp_path: Path, lists: ListSet, suffix: str) -> None:
    a, b, c = (tmp_path / f"{n}{suffix}" for n in "abc")
    generate(lists, a, 3000, seed=5)
    generate(lists, b, 3000, seed=5)
    generate(lists, c, 3000, seed=6)
    assert _digest(a) == _digest(b) != _digest(c)


def test_rows_use_dalian_districts_and_a_realistic_mix(tmp_path: Path, lists: ListSet) -> None:
    out = tmp_path / "log.parquet"
    generate(lists, out, 20000, seed=1)
    con = duckdb.connect()
    rows = con.execute(
        f"SELECT count(*), count(DISTINCT district), count(item_id), "
        f"count(*) FILTER (WHERE title LIKE '%无犯罪%'), "
        f"count(*) FILTER (WHERE item_id = 'ZZ-040'), min(date), max(date) "
        f"FROM read_parquet('{out}')"
    ).fetchall()[0]
    total, districts, with_id, negative_cert, retired, first, last = rows
    assert total == 20000
    assert districts == len(synthdata.STREETS)
    assert 0.3 * total < with_id < 0.6 * total
    assert negative_cert > 0 and retired > 0
    assert str(first) >= "2024-01-01" and str(last) <= "2024-12-31"
    got = {
        r[0] for r in con.execute(f"SELECT DISTINCT district FROM read_parquet('{out}')").fetchall()
    }
    assert got == set(synthdata.STREETS)


def test_dirty_output_has_rows_no_reader_can_take(tmp_path: Path, lists: ListSet) -> None:
    out = tmp_path / "log.csv"
    done = generate(lists, out, 5000, seed=2, dirty=True)
    assert done.broken_lines >= 2
    text = out.read_text(encoding="utf-8")
    assert "2024-02-30" in text and "约两小时" in text
    assert len(text.splitlines()) == 1 + 5000 + done.broken_lines
