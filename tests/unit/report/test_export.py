"""violations.csv: one streaming COPY with the BOM and header as its prefix, and a second pass
that skips the reject tests only where the first pass found no reject (issue 13)."""

from __future__ import annotations

import contextlib
import csv
from pathlib import Path

import duckdb
import pytest

from qingdan.core.lists.model import load_lists
from qingdan.core.report import build, export
from qingdan.core.report.build import Filters, build_report, export_violations
from qingdan.core.report.violations import COLUMNS
from qingdan.errors import DataError
from qingdan.messages import Msg
from qingdan.workspace import load

HEADER = "activity_id,date,district,street,community,department,kind,item_id,title,hours"
CLEAN = [
    "C1,2024-03-01,西岗区,八一路街道,林茂社区,市民政局,task,,=HYPERLINK(1),1.5",
    "C2,2024-03-02,西岗区,八一路街道,林茂社区,市民政局,task,,不在清单上的事,2",
]
DIRTY = [
    "D1,2024-02-30,西岗区,八一路街道,林茂社区,市民政局,task,,坏日期,1",
    "D2,2024-03-02,西岗区,八一路街道,林茂社区,市民政局,task,,又一件清单外的事,1",
    "D3,2024-03-03,西岗区,八一路街道,,市民政局,task,,没有社区,1",
]


def _export(workspace: Path, files: list[Path], out: Path, filters: Filters | None = None) -> int:
    ws = load(workspace)
    con = duckdb.connect()
    build_report(
        con,
        files,
        load_lists(ws.list_paths),
        mapping=ws.section("activity")["columns"],
        filters=filters,
    )
    return export_violations(con, out, prefix="\ufeff")


def _write(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def test_the_file_starts_with_the_bom_and_header_and_ends_with_one_newline(
    workspace: Path, tmp_path: Path
) -> None:
    out = tmp_path / "v.csv"
    count = _export(workspace, [_write(tmp_path / "a.csv", CLEAN)], out)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfactivity_id,") and data.endswith(b"\n")
    assert not data.endswith(b"\n\n")
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    assert len(rows) == count + 1 == 3
    assert rows[1][0] == "C1" and rows[1][8] == "'=HYPERLINK(1)"  # the formula guard stays


def test_no_violation_is_the_header_line_alone(workspace: Path, tmp_path: Path) -> None:
    out = tmp_path / "v.csv"
    count = _export(workspace, [_write(tmp_path / "a.csv", CLEAN)], out, Filters(district="无"))
    assert count == 0
    assert out.read_bytes() == ("\ufeff" + ",".join(COLUMNS) + "\n").encode()


@pytest.mark.parametrize("order", [("clean", "dirty"), ("dirty", "clean")])
def test_skipping_the_reject_tests_changes_no_byte(
    workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, order: tuple[str, str]
) -> None:
    files = {
        "clean": _write(tmp_path / "clean.csv", CLEAN),
        "dirty": _write(tmp_path / "dirty.csv", DIRTY),
    }
    paths = [files[name] for name in order]
    fast, slow = tmp_path / "fast.csv", tmp_path / "slow.csv"
    assert _export(workspace, paths, fast) == 3
    monkeypatch.setattr(build, "unchecked", lambda _con: contextlib.nullcontext())
    assert _export(workspace, paths, slow) == 3
    assert fast.read_bytes() == slow.read_bytes()
    ids = [r[0] for r in csv.reader(fast.read_text(encoding="utf-8-sig").splitlines()[1:])]
    assert "D1" not in ids and "D3" not in ids  # the dirty file's rejects stay out


def test_an_input_that_changes_between_the_passes_is_refused(tmp_path: Path) -> None:
    """The cube counted one number of violations; a COPY that writes another means the files
    changed under the report: a DataError (exit 3), not a report that disagrees with itself."""
    con = duckdb.connect()
    with pytest.raises(DataError) as caught:
        export.copy_csv(con, "SELECT 1 AS a", {}, tmp_path / "v.csv", columns=["a"], rows=2)
    assert caught.value.exit_code == 3
    message = caught.value.message
    assert isinstance(message, Msg) and message.fields == {"counted": 2, "written": 1}


def test_violations_come_out_in_input_order_whatever_the_threads(
    workspace: Path, tmp_path: Path
) -> None:
    """A Parquet file of many row groups, judged with four threads: violations.csv still lists
    the rows file by file, line by line, and two runs write the same bytes. (DuckDB's hash join
    is not order-preserving; the COPY must keep the order itself.)"""
    data = tmp_path / "many.parquet"
    con = duckdb.connect()
    con.execute(
        "COPY (SELECT 'R' || i AS activity_id, DATE '2024-01-01' + (i % 300)::INTEGER AS date, "
        "'西岗区' AS district, '八一路街道' AS street, '林茂社区' AS community, "
        "'市民政局' AS department, 'task' AS kind, NULL::VARCHAR AS item_id, "
        "CASE i % 3 WHEN 0 THEN '不在清单上的事' || (i % 7) ELSE '社区党组织建设' END AS title, "
        "1.0 AS hours FROM range(60000) AS t(i)) TO $p (FORMAT parquet, ROW_GROUP_SIZE 2048)",
        {"p": str(data)},
    )
    outputs = []
    for run in range(2):
        ws = load(workspace)
        con = duckdb.connect()
        con.execute("SET threads = 4")
        build_report(con, [data], load_lists(ws.list_paths), mapping={})
        out = tmp_path / f"v{run}.csv"
        assert export_violations(con, out) >= 20000
        with out.open(encoding="utf-8") as fh:
            lines = [int(r["line"]) for r in csv.DictReader(fh)]
        assert lines == sorted(lines) and len(set(lines)) == len(lines)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def _many(path: Path, rows: int) -> Path:
    """Parquet of many small row groups (2,048 rows each)."""
    duckdb.connect().execute(
        "COPY (SELECT 'R' || i AS activity_id, DATE '2024-01-01' + (i % 300)::INTEGER AS date, "
        "'西岗区' AS district, '八一路街道' AS street, '林茂社区' AS community, "
        "'市民政局' AS department, 'task' AS kind, NULL::VARCHAR AS item_id, "
        "CASE WHEN i % 3 = 0 THEN '不在清单上的事' || (i % 7) ELSE '社区党组织建设' END AS title, "
        "1.0 AS hours FROM range($n) AS t(i)) TO $p (FORMAT parquet, ROW_GROUP_SIZE 2048)",
        {"p": str(path), "n": rows},
    )
    return path


@pytest.mark.parametrize("district", [None, "无此区"])
def test_the_job_writes_violations_while_the_cube_is_built_and_they_match(
    workspace: Path, tmp_path: Path, district: str | None
) -> None:
    """qingdan report on Parquet writes violations.csv on a second connection while the cube is
    built: the same bytes as the export after the cube, in input order; with no off-list row
    (every row outside the filter), the BOM and the header line alone."""
    from qingdan.jobs.report import produce, violation_labels
    from qingdan.render.report import VIOLATIONS_PREFIX

    data = _many(tmp_path / "many.parquet", 30000)
    produce(load(workspace), [data], tmp_path / "out", filters=Filters(district=district))
    early = (tmp_path / "out" / "violations.csv").read_bytes()
    ws = load(workspace)
    con = duckdb.connect()
    build_report(
        con, [data], load_lists(ws.list_paths), mapping={}, filters=Filters(district=district)
    )
    late = tmp_path / "late.csv"
    count = export_violations(con, late, *violation_labels(), prefix=VIOLATIONS_PREFIX)
    assert early == late.read_bytes()
    assert (count > 10000) if district is None else count == 0
    lines = early.decode("utf-8-sig").splitlines()
    assert len(lines) == count + 1 and early.endswith(b"\n") and not early.endswith(b"\n\n")


def test_a_report_that_fails_stops_the_second_pass_and_leaves_nothing(
    workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cube fails while violations.csv is being written: the error goes on, the second
    pass is stopped and no report file is left."""
    from qingdan.jobs.report import produce

    data = _many(tmp_path / "many.parquet", 60000)

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("the cube broke")

    monkeypatch.setattr(build, "_assemble", broken)
    with pytest.raises(RuntimeError, match="the cube broke"):
        produce(load(workspace), [data], tmp_path / "out", filters=Filters())
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_a_score_is_written_as_its_double_would_be_and_every_score_has_one_decimal(
    workspace: Path,
) -> None:
    """violations.csv writes ``score`` through DECIMAL(18, 1) (cheaper than a DOUBLE): the same
    text for every one-decimal value from 0 to 100, and the matcher gives no other."""
    from qingdan.core.report.judge import match_titles
    from qingdan.core.report.violations import SCORE

    con = duckdb.connect()
    values = [round(k / 10, 1) for k in range(1001)]
    pairs = con.execute(
        f"SELECT CAST(score AS VARCHAR), CAST({SCORE} AS VARCHAR) "
        "FROM (SELECT unnest(?::DOUBLE[]) AS score) AS v",
        [values],
    ).fetchall()
    assert len(pairs) == 1001 and all(a == b for a, b in pairs)
    lists = load_lists(load(workspace).list_paths)
    titles = [*[i.title for i in lists][:60], "低保公示", "社协区商", "平安宣传知晓率考核", "x"]
    pairs2 = [
        (t[: len(t) - n], kind) for t in titles for n in (0, 2) for kind in ("task", "ledger")
    ]
    columns, _ = match_titles([p for p in pairs2 if p[0]], lists, 80, 60)
    assert columns["score"] and all(round(s, 1) == s for s in columns["score"])
