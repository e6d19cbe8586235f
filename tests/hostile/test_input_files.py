"""Files that are not what they claim (issue 12 kinds 3 and 4): devices, FIFOs, folders with a
file's name, zip bombs posing as xlsx, huge CSV cells, corrupt Parquet. Only regular files are
read; each of these is unreadable input data: exit 3 naming the file (``validate``: a finding)."""

from __future__ import annotations

import io
import os
import struct
import zipfile
from pathlib import Path

import pytest

from tests.hostile.conftest import (
    activity_rows,
    conserved,
    expect,
    qd,
    qd_proc,
    report,
    write_csv,
)

KINDS = ("fifo", "dir", "devzero", "devnull", "devurandom")


def _make(kind: str, path: Path) -> Path:
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "dir":
        path.mkdir()
        (path / "inner.yaml").write_text("id: x\n", encoding="utf-8")
    else:
        os.symlink(
            {"devzero": "/dev/zero", "devnull": "/dev/null", "devurandom": "/dev/urandom"}[kind],
            path,
        )
    return path


@pytest.mark.parametrize("suffix", [".yaml", ".json", ".csv", ".xlsx"])
@pytest.mark.parametrize("kind", ["fifo", "devzero", "devnull", "devurandom"])
def test_check_reads_only_regular_files(tmp_path: Path, kind: str, suffix: str) -> None:
    path = _make(kind, tmp_path / f"req{suffix}")
    expect(qd_proc("check", path, timeout=30), 3, f"req{suffix}")


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet", ".xlsx"])
@pytest.mark.parametrize("kind", KINDS)
def test_report_reads_only_regular_files(tmp_path: Path, kind: str, suffix: str) -> None:
    path = _make(kind, tmp_path / f"log{suffix}")
    run = qd_proc("report", path, "--out", tmp_path / "out", timeout=30)
    expect(run, 3, f"log{suffix}")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("kind", KINDS)
def test_validate_argument_that_is_not_a_regular_file(tmp_path: Path, kind: str) -> None:
    path = _make(kind, tmp_path / "certificates.yaml")
    run = qd_proc("validate", path, timeout=30)
    assert run.code in (1, 2), run
    expect(run, run.code)
    assert "certificates.yaml" in run.text


@pytest.mark.parametrize("kind", ["fifo", "devzero", "dir"])
def test_import_reads_only_regular_files(tmp_path: Path, ws: Path, kind: str) -> None:
    path = _make(kind, tmp_path / "lists.xlsx")
    expect(qd_proc("import", path, "--dry-run", "-w", ws, timeout=30), 3, "lists.xlsx")


@pytest.mark.parametrize("kind", ["fifo", "devzero", "dir"])
def test_sql_db_that_is_not_a_regular_file(tmp_path: Path, kind: str) -> None:
    path = _make(kind, tmp_path / "r.duckdb")
    expect(qd_proc("sql", "SELECT 1", "--db", path, timeout=30), 2, "r.duckdb")


# --- xlsx: zip bombs and broken containers -------------------------------------------------


def _xlsx(rows: list[list[object]]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def _lie_about_size(data: bytes, member: str, size: int) -> bytes:
    """The same zip, its central directory claiming ``member`` inflates to ``size`` bytes."""
    out = bytearray(data)
    name = member.encode()
    at = out.find(b"PK\x01\x02" + b"")
    while at != -1:
        name_len = struct.unpack_from("<H", out, at + 28)[0]
        if out[at + 46 : at + 46 + name_len] == name:
            struct.pack_into("<I", out, at + 24, size)
        at = out.find(b"PK\x01\x02", at + 4)
    return bytes(out)


def _activity_xlsx() -> bytes:
    header = ["activity_id", "date", "community", "title", "hours"]
    return _xlsx([header, ["A1", "2024-03-01", "社区1", "居民在本社区居住情况证明", 1]])


def _bomb(inflated: int) -> bytes:
    """A real xlsx whose sheet inflates to ``inflated`` bytes of XML whitespace."""
    base = zipfile.ZipFile(io.BytesIO(_activity_xlsx()))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in base.infolist():
            data = base.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                with out.open(info.filename, "w", force_zip64=True) as fh:
                    head, _, tail = data.partition(b"<sheetData>")
                    fh.write(head + b"<sheetData>")
                    block = b" " * (1 << 20)
                    for _ in range(inflated >> 20):
                        fh.write(block)
                    fh.write(tail)
            else:
                out.writestr(info, data)
    return buf.getvalue()


def _zip_without_workbook() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as book:
        book.writestr("a.txt", "x")
    return buf.getvalue()


BROKEN_XLSX = {
    "not-a-zip": b"this is not a workbook\n",
    "empty": b"",
    "truncated": _activity_xlsx()[:300],
    "zip-without-workbook": _zip_without_workbook(),
    "lying-sizes": _lie_about_size(_activity_xlsx(), "xl/worksheets/sheet1.xml", 0xFFFFFFF0),
    "csv-named-xlsx": b"activity_id,date\nA1,2024-01-01\n",
}


@pytest.mark.parametrize("name", sorted(BROKEN_XLSX))
@pytest.mark.parametrize("command", ["report", "check", "import"])
def test_broken_xlsx_is_unreadable_data(tmp_path: Path, ws: Path, name: str, command: str) -> None:
    path = tmp_path / "book.xlsx"
    path.write_bytes(BROKEN_XLSX[name])
    args = {
        "report": ("report", path, "--out", tmp_path / "out"),
        "check": ("check", path),
        "import": ("import", path, "--dry-run"),
    }[command]
    expect(qd_proc(*args, "-w", ws, timeout=60), 3, "book.xlsx")
    assert not (tmp_path / "out").exists()


@pytest.mark.slow
@pytest.mark.parametrize("command", ["report", "check", "import"])
def test_xlsx_zip_bomb_is_refused_before_inflating(tmp_path: Path, ws: Path, command: str) -> None:
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(_bomb(3 << 30 if command == "report" else 600 << 20))
    assert path.stat().st_size < 8 << 20
    args = {
        "report": ("report", path, "--out", tmp_path / "out"),
        "check": ("check", path),
        "import": ("import", path, "--dry-run"),
    }[command]
    expect(qd_proc(*args, "-w", ws, timeout=60), 3, "bomb.xlsx")


def test_xlsx_rows_beyond_the_recorded_dimension_are_read(tmp_path: Path, ws: Path) -> None:
    data = _xlsx(
        [["activity_id", "date", "community", "title"]]
        + [[f"A{i}", "2024-03-01", "社区1", "居民在本社区居住情况证明"] for i in range(10)]
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                body = body.replace(b'<dimension ref="A1:D11"', b'<dimension ref="A1:D3"')
            dst.writestr(info, body)
    path = tmp_path / "dim.xlsx"
    path.write_bytes(buf.getvalue())
    run, metrics = report(ws, tmp_path, path)
    expect(run, 0)
    conserved(metrics, 10)


# --- CSV cells ------------------------------------------------------------------------------


@pytest.mark.parametrize("size", (130_000, 1_000_000, 3_000_000))
def test_huge_csv_cell_in_activity_log_is_a_reject(tmp_path: Path, ws: Path, size: int) -> None:
    rows = activity_rows(5)
    rows[2]["title"] = "长" * size
    path = write_csv(tmp_path / "log.csv", rows)
    run, metrics = report(ws, tmp_path, path)
    expect(run, 0)
    conserved(metrics, 5)
    assert metrics["rows"]["rejected"] == 1
    assert [r["line"] for r in metrics["rejects"]] == [4], metrics["rejects"]
    assert all(len(r.get("reason") or "") < 1000 for r in metrics["rejects"])


@pytest.mark.parametrize("size", (130_000, 1_000_000))
def test_huge_csv_cell_in_request_table(tmp_path: Path, size: int) -> None:
    path = tmp_path / "reqs.csv"
    path.write_text(
        "申请编号,事项名称,申请单位,事项类型,工作内容\n"
        "R1,组织无人机表演,市文旅局,工作事项,短\n"
        f"R2,组织无人机彩排,市文旅局,工作事项,{'长' * size}\n",
        encoding="utf-8",
    )
    run = qd("check", path)
    expect(run, 3, "reqs.csv:3")


# --- Parquet --------------------------------------------------------------------------------


def _parquet(path: Path, rows: int = 2000) -> bytes:
    import duckdb

    con = duckdb.connect()
    con.execute(
        "COPY (SELECT 'A' || i AS activity_id, DATE '2024-03-01' AS date, '社区1' AS community, "
        "'居民在本社区居住情况证明' AS title, 1.0 AS hours FROM range(?) t(i)) TO $p "
        "(FORMAT parquet, ROW_GROUP_SIZE 100)",
        [rows],
    ) if False else con.execute(
        f"COPY (SELECT 'A' || i AS activity_id, DATE '2024-03-01' AS date, '社区' || (i % 7) AS "
        f"community, '居民在本社区居住情况证明' || (i % 13) AS title, 1.0 AS hours FROM range({rows}) "
        f"t(i)) TO '{path}' (FORMAT parquet, ROW_GROUP_SIZE 100)"
    )
    con.close()
    return path.read_bytes()


@pytest.mark.parametrize(
    "damage", ["middle", "footer", "magic", "truncated-half", "truncated-tail", "zeros", "empty"]
)
def test_corrupt_parquet_is_unreadable_data(tmp_path: Path, ws: Path, damage: str) -> None:
    path = tmp_path / "log.parquet"
    data = bytearray(_parquet(path))
    n = len(data)
    if damage == "middle":
        data[n // 2 : n // 2 + 512] = os.urandom(512)
    elif damage == "footer":
        data[-200:-8] = b"\x00" * 192
    elif damage == "magic":
        data[-4:] = b"XXXX"  # the trailing PAR1 (DuckDB does not read the leading one)
    elif damage == "truncated-half":
        data = data[: n // 2]
    elif damage == "truncated-tail":
        data = data[:-3]
    elif damage == "zeros":
        data = bytearray(n)
    else:
        data = bytearray()
    path.write_bytes(bytes(data))
    run = qd_proc("report", path, "--out", tmp_path / "out", "-w", ws, timeout=60)
    expect(run, 3, "log.parquet")
    assert not (tmp_path / "out").exists()
