"""Bad output paths (kind 5), broken workspace lists (6), rows and values (7, 8),
``--review-exit-code`` (11) and ``qingdan sql`` (12)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.hostile.conftest import (
    IS_ROOT,
    activity_rows,
    conserved,
    expect,
    leftovers,
    qd,
    report,
    request,
    write_csv,
    write_yaml_request,
)

REQ = "examples/requests/11-app-promotion.yaml"


def _bad_place(tmp_path: Path, kind: str, name: str) -> Path:
    if kind == "existing-file":
        path = tmp_path / name
        path.write_text("keep me", encoding="utf-8")
        return path
    if kind == "under-a-file":
        (tmp_path / "plain").write_text("x", encoding="utf-8")
        return tmp_path / "plain" / name
    if kind == "proc":
        return Path("/proc/qingdan-nowhere") / name
    if kind == "devnull":
        return Path("/dev/null")
    if kind == "folder":
        (tmp_path / name).mkdir()
        return tmp_path / name
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["existing-file", "under-a-file", "proc", "devnull"])
def test_report_out_that_cannot_be_a_folder(tmp_path: Path, ws: Path, kind: str) -> None:
    data = write_csv(tmp_path / "log.csv", activity_rows(3))
    out = _bad_place(tmp_path, kind, "out")
    expect(qd("report", data, "--out", out, "-w", ws), 2, str(out))
    assert not leftovers(tmp_path)


def test_report_out_at_its_own_input(tmp_path: Path, ws: Path) -> None:
    data = write_csv(tmp_path / "log.csv", activity_rows(3))
    before = data.read_bytes()
    expect(qd("report", data, "--out", data, "-w", ws), 2, str(data))
    assert data.read_bytes() == before


@pytest.mark.skipif(IS_ROOT, reason="root writes into read-only folders")
def test_report_out_in_a_read_only_folder(tmp_path: Path, ws: Path) -> None:
    data = write_csv(tmp_path / "log.csv", activity_rows(3))
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    expect(qd("report", data, "--out", locked / "out", "-w", ws), 2, "locked")


@pytest.mark.parametrize("kind", ["existing-file", "under-a-file", "proc", "devnull", "folder"])
def test_report_db_that_cannot_be_written(tmp_path: Path, ws: Path, kind: str) -> None:
    data = write_csv(tmp_path / "log.csv", activity_rows(3))
    db = _bad_place(tmp_path, kind, "r.duckdb")
    run = qd("report", data, "--out", tmp_path / "out", "--db", db, "-w", ws)
    expect(run, 2, str(db))
    assert not (tmp_path / "out").exists()
    if kind == "existing-file":
        assert db.read_text(encoding="utf-8") == "keep me"


def test_report_db_in_a_missing_folder(tmp_path: Path, ws: Path) -> None:
    data = write_csv(tmp_path / "log.csv", activity_rows(3))
    db = tmp_path / "nowhere" / "r.duckdb"
    expect(qd("report", data, "--out", tmp_path / "out", "--db", db, "-w", ws), 2, str(db))


def test_report_db_at_its_own_input(tmp_path: Path, ws: Path) -> None:
    data = write_csv(tmp_path / "log.csv", activity_rows(3))
    expect(qd("report", data, "--out", tmp_path / "out", "--db", data, "-w", ws), 2, str(data))


@pytest.mark.parametrize("kind", ["folder", "under-a-file", "proc", "devnull"])
def test_check_log_that_cannot_be_written(tmp_path: Path, ws: Path, kind: str) -> None:
    log = _bad_place(tmp_path, kind, "decisions.jsonl")
    expect(qd("check", ws / REQ, "--log", log, "-w", ws), 2, str(log))


def test_check_log_on_a_full_disk(tmp_path: Path, ws: Path) -> None:
    expect(qd("check", ws / REQ, "--log", "/dev/full", "-w", ws), 2, "/dev/full")


@pytest.mark.parametrize("command", ["generate", "export"])
@pytest.mark.parametrize("kind", ["folder", "under-a-file", "proc", "devnull"])
def test_generate_and_export_into_bad_places(
    tmp_path: Path, ws: Path, command: str, kind: str
) -> None:
    out = _bad_place(tmp_path, kind, "out.csv" if command == "generate" else "lists.xlsx")
    if kind == "devnull" and command == "generate":
        out = Path("/dev/null")
    args = (
        ("generate", "--out", out, "-n", "10")
        if command == "generate"
        else ("export", "--out", out)
    )
    run = qd(*args, "-w", ws)
    # /dev/null has no usable suffix for generate: a usage error either way
    expect(run, 2)
    assert str(out) in run.stderr or out.suffix == ""


def test_report_set_replaces_an_old_report_whole(tmp_path: Path, ws: Path) -> None:
    out = tmp_path / "out"
    first = write_csv(tmp_path / "a.csv", activity_rows(3))
    expect(qd("report", first, "--out", out, "-w", ws), 0)
    second = write_csv(tmp_path / "b.csv", activity_rows(5, title="组织无人机表演"))
    expect(qd("report", second, "--out", out, "-w", ws), 0)
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["metrics.json", "report.md", "report.html", "report.xlsx", "violations.csv"]
    )
    metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["rows"]["read"] == 5
    assert len((out / "violations.csv").read_text(encoding="utf-8-sig").splitlines()) == 6
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.")]


def test_a_failed_report_leaves_the_old_one_untouched(tmp_path: Path, ws: Path) -> None:
    out = tmp_path / "out"
    good = write_csv(tmp_path / "a.csv", activity_rows(3))
    expect(qd("report", good, "--out", out, "-w", ws), 0)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    bad = tmp_path / "bad.parquet"
    bad.write_bytes(b"PAR1 not really")
    expect(qd("report", good, bad, "--out", out, "-w", ws), 3, "bad.parquet")
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.")]
    assert not leftovers(tmp_path)


# --- broken list files in the workspace -----------------------------------------------------

BROKEN_LISTS = {
    "syntax": "kind: certificates\nitems: [\n",
    "duplicate-key": "kind: certificates\nkind: certificates\nitems: []\n",
    "not-utf8": b"kind: certificates\ntitle: \xb2\xe2\xca\xd4\n",
    "deep": "kind: certificates\nitems: " + "[" * 5000 + "]" * 5000 + "\n",
    "huge-int": "kind: certificates\nitems: []\nx: " + "9" * 5000 + "\n",
    "top-level-list": "- kind: certificates\n",
    "empty": "",
    "tab-indent": "kind: certificates\nitems:\n\t- id: ZM-001\n",
    "fifo": None,
    "folder": None,
}
COMMANDS = {
    "check": ("check", REQ),
    "report": ("report", "@log", "--out", "@out"),
    "export": ("export", "--out", "@out.xlsx"),
    "lists": ("lists",),
    "show": ("show", "ZM-003"),
    "search": ("search", "居住证明"),
    "rate": ("rate",),
    "test": ("test",),
    "generate": ("generate", "--out", "@gen.csv", "-n", "5"),
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("damage", sorted(BROKEN_LISTS))
def test_a_broken_list_file_stops_every_command(
    tmp_path: Path, ws: Path, damage: str, command: str
) -> None:
    target = ws / "lists" / "certificates.yaml"
    target.unlink()
    content = BROKEN_LISTS[damage]
    if damage == "fifo":
        os.mkfifo(target)
    elif damage == "folder":
        target.mkdir()
    elif isinstance(content, bytes):
        target.write_bytes(content)
    else:
        target.write_text(content, encoding="utf-8")
    log = write_csv(tmp_path / "log.csv", activity_rows(2))
    swap = {
        "@log": str(log),
        "@out": str(tmp_path / "out"),
        "@out.xlsx": str(tmp_path / "l.xlsx"),
        "@gen.csv": str(tmp_path / "gen.csv"),
    }
    args = [swap.get(a, str(ws / a) if a == REQ else a) for a in COMMANDS[command]]
    run = qd(*args, "-w", ws)
    expect(run, 3, "certificates.yaml")
    assert not (tmp_path / "out").exists() and not (tmp_path / "l.xlsx").exists()
    assert not (tmp_path / "gen.csv").exists()


@pytest.mark.parametrize("damage", ["syntax", "fifo", "folder"])
def test_validate_reports_a_broken_list_as_a_finding(ws: Path, damage: str) -> None:
    target = ws / "lists" / "certificates.yaml"
    target.unlink()
    if damage == "fifo":
        os.mkfifo(target)
    elif damage == "folder":
        target.mkdir()
    else:
        target.write_text(str(BROKEN_LISTS[damage]), encoding="utf-8")
    run = qd("validate", "-w", ws)
    expect(run, 1)
    assert "certificates.yaml" in run.stdout


# --- rows and values ------------------------------------------------------------------------

BAD_HOURS = [
    "NaN",
    "nan",
    "inf",
    "-inf",
    "Infinity",
    "1e308",
    "1e309",
    "-1",
    "25",
    "1e5",
    "9" * 5000,
    "0x10",
    "1,5",
    "一",
]
BAD_DATES = [
    "0001-01-01",
    "9999-12-31",
    "1899-12-31",
    "2999-01-01",
    "2024-02-30",
    "2024-13-01",
    "24-03-01",
    "0000-00-00",
    "2024-03-01T99:00",
]


@pytest.mark.parametrize("value", BAD_HOURS)
def test_absurd_hours_are_rejects(tmp_path: Path, ws: Path, value: str) -> None:
    rows = activity_rows(4)
    rows[1]["hours"] = value
    run, metrics = report(ws, tmp_path, write_csv(tmp_path / "log.csv", rows))
    expect(run, 0)
    conserved(metrics, 4)
    assert metrics["rows"]["rejected"] == 1, metrics["rejects"]


@pytest.mark.parametrize("value", BAD_DATES)
def test_absurd_dates_are_rejects(tmp_path: Path, ws: Path, value: str) -> None:
    rows = activity_rows(4)
    rows[2]["date"] = value
    run, metrics = report(ws, tmp_path, write_csv(tmp_path / "log.csv", rows))
    expect(run, 0)
    conserved(metrics, 4)
    assert metrics["rows"]["rejected"] == 1, metrics["rejects"]


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity", "1e309"])
def test_non_finite_hours_in_jsonl(tmp_path: Path, ws: Path, value: str) -> None:
    good = '{"date": "2024-03-01", "community": "社区1", "title": "居民在本社区居住情况证明", "hours": 1}'
    path = tmp_path / "log.jsonl"
    path.write_text(good + "\n" + good.replace('"hours": 1', f'"hours": {value}') + "\n", "utf-8")
    run, metrics = report(ws, tmp_path, path)
    expect(run, 0)
    conserved(metrics, 2)
    assert metrics["rows"]["rejected"] == 1


@pytest.mark.parametrize("value", ["'nan'::DOUBLE", "'inf'::DOUBLE", "1e308", "-1.0"])
def test_non_finite_hours_in_parquet(tmp_path: Path, ws: Path, value: str) -> None:
    import duckdb

    path = tmp_path / "log.parquet"
    con = duckdb.connect()
    con.execute(
        f"COPY (SELECT DATE '2024-03-01' AS date, '社区1' AS community, "
        f"'居民在本社区居住情况证明' AS title, CASE WHEN i = 1 THEN {value} ELSE 1.0 END AS hours "
        f"FROM range(3) t(i)) TO '{path}' (FORMAT parquet)"
    )
    con.close()
    run, metrics = report(ws, tmp_path, path)
    expect(run, 0)
    conserved(metrics, 3)
    assert metrics["rows"]["rejected"] == 1


@pytest.mark.parametrize("late", [2, 999, 1001, 1500])
def test_jsonl_keys_first_seen_late_are_read(tmp_path: Path, ws: Path, late: int) -> None:
    base = {"date": "2024-03-01", "community": "社区1", "title": "居民在本社区居住情况证明"}
    lines = [json.dumps(base, ensure_ascii=False)] * (late - 1)
    lines.append(json.dumps({**base, "hours": 7}, ensure_ascii=False))
    path = tmp_path / "log.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    run, metrics = report(ws, tmp_path, path)
    expect(run, 0)
    conserved(metrics, late)
    con_hours = (
        sum(v["hours"] or 0 for v in metrics.get("verdicts", [])) if "verdicts" in metrics else None
    )
    assert con_hours in (None, 7)
    import duckdb

    db = tmp_path / "r.duckdb"
    expect(qd("report", path, "--out", tmp_path / "out2", "--db", db, "-w", ws), 0)
    total = (
        duckdb.connect(str(db), read_only=True)
        .execute("SELECT sum(hours) FROM activities")
        .fetchone()
    )
    assert total is not None and total[0] == 7


CSV_QUIRKS = {
    # name: (text after the header, rows read, rows rejected)
    "crlf": (
        "A1,2024-03-01,中山区,桃源,社区1,市公安局,certificate,,居民在本社区居住情况证明,1\r\n" * 3,
        3,
        0,
    ),
    "quoted-newline": (
        'A1,2024-03-01,中山区,桃源,社区1,市公安局,certificate,,"居民\n证明",1\n'
        "A2,2024-03-01,中山区,桃源,社区1,市公安局,certificate,,居民在本社区居住情况证明,1\n",
        2,
        0,
    ),
    "quoted-cr": (
        'A1,2024-03-01,中山区,桃源,社区1,市公安局,certificate,,"居民\r证明",1\n'
        "A2,2024-03-01,中山区,桃源,社区1,市公安局,certificate,,居民在本社区居住情况证明,1\n",
        2,
        0,
    ),
    "too-many-fields": (
        "A1,2024-03-01,中山区,桃源,社区1,市公安局,certificate,,x,1,extra\n"
        "A2,2024-03-01,中山区,桃源,社区1,市公安局,certificate,,居民在本社区居住情况证明,1\n",
        2,
        1,
    ),
    "too-few-fields": (
        "A1,2024-03-01,中山区\n"
        "A2,2024-03-01,中山区,桃源,社区1,市公安局,certificate,,居民在本社区居住情况证明,1\n",
        2,
        1,
    ),
    "nul-byte": ("A1,2024-03-01,中山区,桃源,社区1,市公安局,certificate,,居民\x00证明,1\n", 1, 0),
}


@pytest.mark.parametrize("name", sorted(CSV_QUIRKS))
def test_csv_quirks_keep_every_row(tmp_path: Path, ws: Path, name: str) -> None:
    body, read, rejected = CSV_QUIRKS[name]
    path = tmp_path / "log.csv"
    header = "activity_id,date,district,street,community,department,kind,item_id,title,hours"
    newline = "\r\n" if name == "crlf" else "\n"  # one file, one kind of line end
    path.write_bytes((header + newline + body).encode())
    run, metrics = report(ws, tmp_path, path)
    expect(run, 0)
    conserved(metrics, read)
    assert metrics["rows"]["rejected"] == rejected, metrics["rejects"]


# --- review exit code and qingdan sql -------------------------------------------------------


@pytest.mark.parametrize("value", ["256", "-1", "1000", "abc", "1.5"])
def test_review_exit_code_out_of_range_is_a_usage_error(tmp_path: Path, value: str) -> None:
    path = write_yaml_request(tmp_path / "r.yaml", request())
    expect(qd("check", path, "--review-exit-code", value), 2)


@pytest.mark.parametrize("value", [0, 5, 255])
def test_review_exit_code_in_range_is_used(tmp_path: Path, value: int) -> None:
    path = write_yaml_request(tmp_path / "r.yaml", request())
    expect(qd("check", path, "--review-exit-code", str(value)), value)


@pytest.fixture
def kept_db(tmp_path: Path, ws: Path) -> Path:
    data = write_csv(tmp_path / "log.csv", activity_rows(3))
    db = tmp_path / "r.duckdb"
    expect(qd("report", data, "--out", tmp_path / "out", "--db", db, "-w", ws), 0)
    return db


SQL_REFUSED = [
    "COPY (SELECT 1) TO '{tmp}/leak.csv'",
    "SELECT * FROM read_csv('/etc/passwd')",
    "SELECT * FROM '/etc/passwd'",
    "SELECT * FROM read_text('/etc/hostname')",
    "ATTACH '{tmp}/other.duckdb' AS o",
    "INSTALL httpfs",
    "LOAD httpfs",
    "SET enable_external_access = true",
    "SET lock_configuration = false",
    "CREATE TABLE t AS SELECT 1",
    "DROP TABLE activities",
    "SELECT 1; COPY (SELECT 1) TO '{tmp}/leak.csv'",
    "EXPORT DATABASE '{tmp}/leakdir'",
    "SELECT 1; SELECT 2",
    "",
]


@pytest.mark.parametrize("query", SQL_REFUSED)
def test_sql_is_read_only_and_cannot_touch_files(tmp_path: Path, kept_db: Path, query: str) -> None:
    run = qd("sql", query.format(tmp=tmp_path), "--db", kept_db, "-f", "json")
    expect(run, 2)
    assert "root:" not in run.stdout
    assert not (tmp_path / "leak.csv").exists() and not (tmp_path / "leakdir").exists()


def test_sql_a_received_database_cannot_read_local_files(tmp_path: Path) -> None:
    import duckdb

    secret = tmp_path / "secret.csv"
    secret.write_text("password\nhunter2\n", encoding="utf-8")
    db = tmp_path / "received.duckdb"
    con = duckdb.connect(str(db))
    con.execute(f"CREATE VIEW v AS SELECT * FROM read_csv('{secret}')")
    con.close()
    run = qd("sql", "SELECT * FROM v", "--db", db, "-f", "json")
    expect(run, 2)
    assert "hunter2" not in run.stdout


def test_sql_allow_write_opts_in(tmp_path: Path, kept_db: Path) -> None:
    expect(qd("sql", "CREATE TABLE t AS SELECT 1 AS x", "--db", kept_db, "--allow-write"), 0)
    run = qd("sql", "SELECT x FROM t", "--db", kept_db, "-f", "json")
    expect(run, 0)
    assert json.loads(run.stdout)["rows"] == [{"x": 1}]


def test_sql_csv_output_is_formula_safe(tmp_path: Path, kept_db: Path) -> None:
    run = qd(
        "sql",
        "SELECT '=HYPERLINK(1)' AS a, '+cmd' AS b, '@SUM(1)' AS c",
        "--db",
        kept_db,
        "-f",
        "csv",
    )
    expect(run, 0)
    assert run.stdout.splitlines()[1] == "'=HYPERLINK(1),'+cmd,'@SUM(1)"


@pytest.mark.parametrize("damage", ["syntax", "fifo", "folder"])
def test_diff_against_a_broken_working_tree_is_unreadable_data(ws: Path, damage: str) -> None:
    import subprocess

    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@x",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@x",
    }
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "lists"]):
        subprocess.run(["git", *args], cwd=ws, env=env, check=True, capture_output=True)
    target = ws / "lists" / "certificates.yaml"
    target.unlink()
    if damage == "fifo":
        os.mkfifo(target)
    elif damage == "folder":
        target.mkdir()
    else:
        target.write_text(str(BROKEN_LISTS[damage]), encoding="utf-8")
    expect(qd("diff", "HEAD", "-w", ws), 3, "certificates.yaml")
