"""The report pipeline behind ``qingdan report`` and ``qingdan demo``: :func:`produce`.

Contract: ``produce(workspace, paths, out)`` opens DuckDB (in memory, or ``db`` kept for
``qingdan sql``: built beside it, renamed over it at the end), runs
:func:`qingdan.core.report.build.build_report`, exports the violations and writes the report files
with :mod:`qingdan.render.report` and :mod:`qingdan.render.report_xlsx` as one set
(:mod:`qingdan.render.reportset`; the documents and the workbook render in a thread while DuckDB
exports), and returns the :class:`~qingdan.core.report.build.Report` and
the paths written. DuckDB spills to a temp folder of its own beyond ``[report] memory_limit``
(default :data:`MEMORY_LIMIT`: with the violations streamed in order unsorted, the peak stays
flat at any size — ``benchmarks/report_bench.py``). ``engine="spark"`` judges on Spark
(:mod:`qingdan.core.report.spark`; :func:`spark_session`).
Raises ``UsageError``/``DataError`` like the core functions it calls (DuckDB's errors about an
input file as DataError, :mod:`qingdan.jobs.guard`); prints nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from qingdan.i18n import t

if TYPE_CHECKING:
    from qingdan.core.lists.model import ListSet
    from qingdan.core.report.build import Filters, Report
    from qingdan.core.report.readers import ReadOptions
    from qingdan.workspace import Workspace


#: DuckDB's buffer limit unless ``[report] memory_limit`` says otherwise; the process peaks
#: ~100 MiB above it (Python, the lists, the renderer)
MEMORY_LIMIT = "200MB"


def produce(
    workspace: Workspace,
    paths: list[Path],
    out: Path,
    *,
    mapping: dict[str, str] | None = None,
    filters: Filters | None = None,
    db: Path | None = None,
    progress: Any = None,
    lists: ListSet | None = None,
    options: ReadOptions | None = None,
    engine: str = "duckdb",
    master: str | None = None,
) -> tuple[Report, list[Path]]:
    """Build and write the report; returns it and the files written (used by ``demo`` too)."""
    import tempfile
    from concurrent.futures import ThreadPoolExecutor

    import duckdb

    from qingdan import __version__
    from qingdan.core.lists.git import revision
    from qingdan.core.lists.intact import require_intact
    from qingdan.core.lists.model import load_lists
    from qingdan.core.report.build import DuckDBEngine, Engine, Violations, build_report, persist
    from qingdan.jobs.guard import data_errors, plausible
    from qingdan.render.report import VIOLATIONS_PREFIX, generated_at, write_documents
    from qingdan.render.report_xlsx import write_report_xlsx
    from qingdan.render.reportset import report_set

    early: Any = None  # an in-memory database opens (without the GIL) while the lists load
    if db is None:
        with ThreadPoolExecutor(max_workers=1) as opener:
            early = opener.submit(duckdb.connect, ":memory:")
            try:
                if lists is None:
                    lists = require_intact(load_lists(workspace.list_paths, workspace.relative))
            except BaseException:
                early.result().close()
                raise
    elif lists is None:
        lists = require_intact(load_lists(workspace.list_paths, workspace.relative))
    rev = revision(workspace.root)
    mapping = {**workspace.section("activity").get("columns", {}), **(mapping or {})}
    tmp = tempfile.TemporaryDirectory(prefix="qingdan-report-")
    kept = _staged_name(db)
    con: Any = None
    try:  # beyond memory DuckDB spills here (10^8 rows and more)
        _stage_db(db, kept)
        con = early.result() if early is not None else duckdb.connect(str(kept))
        con.execute("SET temp_directory = ?", [str(Path(tmp.name) / "spill")])
        plausible(con, workspace.section("report"))
        limit = workspace.section("report").get("memory_limit") or MEMORY_LIMIT
        con.execute("SET memory_limit = ?", [str(limit)])
        duck = DuckDBEngine()
        runner: Engine = duck
        if engine == "spark":
            from qingdan.core.report.spark import SparkEngine

            runner = SparkEngine(spark_session(master), Path(tmp.name))
        # the engine's second pass (violations.csv) may still run when the report fails: it
        # stops before the staging folder goes
        with data_errors(paths, workspace.relative), report_set(out) as staging, duck.guard():
            violations = staging / "violations.csv"  # streamed there, BOM first
            duck.violations = Violations(violations, *violation_labels(), VIOLATIONS_PREFIX)
            report = build_report(
                con,
                paths,
                lists,
                mapping=mapping,
                filters=filters,
                match=workspace.section("match"),
                rate=workspace.section("rate"),
                show=workspace.relative,
                version=__version__,
                on_step=progress,
                lists_revision=(rev.commit + ("+dirty" if rev.dirty else ""))
                if rev.commit
                else None,
                top=int(workspace.section("report").get("top", 10)),
                options=options,
                engine=runner,
            )
            if progress is not None:
                progress("render")
            title = f"{workspace.name} · {t('report.title')}"
            # Jinja2 and openpyxl render while DuckDB exports (it releases the GIL)
            with ThreadPoolExecutor(max_workers=1) as pool:
                documents = pool.submit(
                    write_documents,
                    report,
                    staging,
                    title=title,
                    templates=workspace.templates_dir,
                    generated=generated_at(),
                )
                workbook = pool.submit(write_report_xlsx, report, staging)  # after the documents
                runner.export(con, violations, *violation_labels(), prefix=VIOLATIONS_PREFIX)
                written = [*documents.result(), violations]
                written.insert(1, workbook.result())
            if kept is not None:
                persist(con)
                con.close()
                kept.replace(db)  # type: ignore[arg-type]
    finally:
        if con is not None:
            con.close()
        if kept is not None:
            kept.unlink(missing_ok=True)
            Path(f"{kept}.wal").unlink(missing_ok=True)
        tmp.cleanup()
    return report, [out / p.name for p in written]


def _staged_name(db: Path | None) -> Path | None:
    """Where ``--db`` is built: beside it, renamed over it only when the report is done."""
    import os

    return None if db is None else db.with_name(f".{db.name}.qingdan-{os.getpid()}.tmp")


def _stage_db(db: Path | None, staged: Path | None) -> None:
    """Start from a copy of an existing database, so ``qingdan sql`` keeps working on the old
    one meanwhile."""
    import shutil

    if db is not None and staged is not None and db.is_file() and db.stat().st_size:
        shutil.copyfile(db, staged)


def violation_labels() -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """violations.csv's headers and verdict/kind labels in the interface language."""
    from qingdan.core.lists.kinds import REQUEST_KINDS
    from qingdan.core.report.violations import COLUMNS

    verdicts = ("unlisted", "review", "retired", "not_yet", "lapsed", "vetoed", "wrong_kind",
                "unknown_id", "on_list")  # fmt: skip
    return (
        {c: t(f"violations.col.{c}") for c in COLUMNS},
        {
            "verdict": {v: t(f"verdict.{v}") for v in verdicts},
            "kind": {k: t(f"check.kind.{k}") for k in REQUEST_KINDS},
        },
    )


def spark_session(master: str | None) -> Any:
    """A Spark session: Spark Connect when ``SPARK_REMOTE`` is set (and no ``--master``), else
    ``master`` (default ``local[*]``: every core of this machine). Without pyspark or Java, a
    UsageError that says what to install."""
    import os
    import sys
    import warnings

    from qingdan.errors import UsageError
    from qingdan.messages import msg

    try:
        with warnings.catch_warnings():  # "PySpark does not yet fully support pandas >= 3"
            warnings.simplefilter("ignore", FutureWarning)
            from pyspark.sql import SparkSession
    except ImportError:
        raise UsageError(msg("spark.missing"), msg("spark.missing.hint")) from None
    builder: Any = SparkSession.builder.appName("qingdan report")
    remote = os.environ.get("SPARK_REMOTE")
    if remote and not master:
        builder = builder.remote(remote)
    else:
        builder = (
            builder.master(master or "local[*]")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.pyspark.python", sys.executable)  # workers run this Python too
            # one machine: a few shuffle partitions, not Spark's 200 tiny tasks per aggregate
            .config(
                "spark.sql.shuffle.partitions",
                "8" if (master or "local").startswith("local") else "200",
            )
        )
    try:
        spark = builder.getOrCreate()
    except Exception as exc:  # no Java, a master that does not answer
        raise UsageError(
            msg("spark.unavailable", error=str(exc).strip().splitlines()[0]),
            msg("spark.unavailable.hint"),
        ) from None
    spark.conf.set("spark.sql.session.timeZone", "UTC")
    # Catalyst's constraint propagation re-derives every filter of the judging plan through
    # the wide typed columns of each input file: 10 s and over 1 GiB of driver heap to plan the
    # violations of 7 files (0.3 s without it); it infers nothing the plan needs
    spark.conf.set("spark.sql.constraintPropagation.enabled", "false")
    if not remote or master:
        spark.sparkContext.setLogLevel("ERROR")
    return spark
