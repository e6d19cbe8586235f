"""Messages of generate, report and sql."""

MESSAGES: dict[str, tuple[str, str]] = {
    "generate.bad_rows": ("--rows 不能为负数：{rows}", "--rows cannot be negative: {rows}"),
    "generate.bad_ext": ("不支持的输出文件类型：{path}", "unsupported output file type: {path}"),
    "generate.bad_ext.hint": (
        "用 .parquet、.csv 或 .jsonl 结尾的文件名。",
        "name the file .parquet, .csv or .jsonl.",
    ),
    "generate.progress": ("正在生成… {percent}%", "generating… {percent}%"),
    "generate.done": (
        "已生成 {rows} 行（{format}）：{path}",
        "wrote {rows} rows ({format}) to {path}",
    ),
}
MESSAGES.update(
    {
        "activity.undecodable": (
            "文件编码无法识别（不是 UTF-8，也不是 GB18030/GBK）",
            "cannot decode the file (neither UTF-8 nor GB18030/GBK)",
        ),
        "activity.undecodable.hint": (
            "用 Excel 或 WPS 另存为“CSV UTF-8”后重试。",
            'save it again as "CSV UTF-8" from Excel or WPS.',
        ),
        "activity.unreadable": ("文件无法读取：{error}", "cannot read the file: {error}"),
        "report.input_changed": (
            "生成报告期间输入文件变了：第一遍统计出清单外 {counted} 行，导出违规明细时却是 {written} 行",
            "the input changed while the report was made: the first pass counted {counted} rows "
            "off the lists, the violations export found {written}",
        ),
        "report.input_changed.hint": (
            "等输入文件不再写入后重新运行；报告没有写出。",
            "run the report again once the input files are no longer being written; no report "
            "was written.",
        ),
        "activity.missing_columns": (
            "缺少必需的列：{columns}（文件中的列：{headers}）",
            "required columns missing: {columns} (the file has: {headers})",
        ),
        "activity.missing_columns.hint": (
            '用 --map "日期=date,社区=community" 或 qingdan.toml 的 [activity.columns] '
            "说明列名对应关系。",
            'map the headers with --map "日期=date,社区=community" or [activity.columns] in '
            "qingdan.toml.",
        ),
        "activity.bad_ext": (
            "不支持的活动日志文件类型：{path}",
            "unsupported activity file type: {path}",
        ),
        "activity.bad_ext.hint": (
            "支持 .csv .tsv .txt .parquet .jsonl .ndjson .xlsx。",
            "supported: .csv .tsv .txt .parquet .jsonl .ndjson .xlsx.",
        ),
    }
)
MESSAGES.update(
    {
        "reject.json": (
            "不是有效的 JSON 对象行（每行一个对象）",
            "not a valid JSON object line (one object a line)",
        ),
        "reject.quote": (
            "引号未闭合（此行拒收，后面的行照常读取）：{value}",
            "an unterminated quote (this line rejected, the lines after it read): {value}",
        ),
        "reject.too_long": (
            "单元格过长：{value} 字节（上限 100000）",
            "a cell is too long: {value} bytes (limit 100000)",
        ),
        "reject.fields": ("字段数不对：{value}", "wrong number of fields: {value}"),
        "reject.encoding": ("含无法解码的字符：{value}", "undecodable characters: {value}"),
        "reject.missing_date": ("缺少日期", "missing date"),
        "reject.bad_date": (
            "日期不存在或格式不对：{value}",
            "impossible or malformed date: {value}",
        ),
        "reject.missing_community": ("缺少社区", "missing community"),
        "reject.bad_hours": (
            "工时不是合理的非负数（有限且不超过上限）：{value}",
            "hours not a plausible non-negative number (finite, within the limit): {value}",
        ),
        "reject.implausible_date": (
            "日期超出合理范围：{value}",
            "date outside the plausible range: {value}",
        ),
        "reject.unknown_kind": ("未知类别：{value}", "unknown kind: {value}"),
        "reject.no_title": ("既无事项名称也无事项编号", "neither a title nor an item id"),
    }
)
MESSAGES.update(
    {
        "report.html_lang": ("zh-CN", "en"),
        "report.title": ("社区工作准入合规报告", "Community work admission compliance report"),
        "report.period": ("期间", "Period"),
        "report.filters": ("筛选", "Filters"),
        "report.headline": ("主要数据", "Headline figures"),
        "report.figure": ("指标", "Figure"),
        "report.value": ("数值", "Value"),
        "report.rows": ("行", "rows"),
        "report.rows_read": ("读取行数", "Rows read"),
        "report.rows_judged": ("判定行数", "Rows judged"),
        "report.rows_rejected": ("无法读取的行", "Rows rejected (unreadable)"),
        "report.on_list_share": ("清单内工作占比", "Share of work on the lists"),
        "report.off_list_count": ("清单外工作（行）", "Work off the lists (rows)"),
        "report.review_count": ("其中需人工复核", "of which need review"),
        "report.off_list_hours": ("清单外工时", "Off-list hours"),
        "report.excluded": ("不在筛选范围内的行", "Rows outside the filters"),
        "report.conservation": (
            "读取 {read} 行 = 判定 {judged} 行 + 无法读取 {rejected} 行。",
            "Rows read {read} = judged {judged} + rejected {rejected}.",
        ),
        "report.rate": ("清单精简率", "List reduction rate"),
        "report.rate.text": (
            "计入的清单（{counted}）在 {as_of} 有效事项 {active} 项，"
            "基数 {baseline} 项，精简率 {rate}。",
            "Counted lists ({counted}) hold {active} items in force on {as_of} against a baseline "
            "of {baseline}: a reduction of {rate}.",
        ),
        "report.verdicts": ("判定结果", "Verdicts"),
        "report.verdict": ("判定", "Verdict"),
        "report.count": ("次数", "Count"),
        "report.hours": ("工时", "Hours"),
        "report.total": ("总数", "Total"),
        "report.on_list": ("清单内", "On the lists"),
        "report.off_list": ("清单外", "Off the lists"),
        "report.share": ("清单外占比", "Off-list share"),
        "report.by_department": (
            "按部门（谁在派清单外的工作）",
            "By department (who pushes unlisted work)",
        ),
        "report.by_district": ("按区县、街道", "By district and street"),
        "report.by_community": ("清单外工作最多的社区", "Communities with the most off-list work"),
        "report.by_month": ("按月份", "By month"),
        "report.burden": (
            "负担趋势：每个社区每月清单外工时",
            "Burden trend: off-list hours per community per month",
        ),
        "report.communities": ("社区数", "Communities"),
        "report.mean_hours": ("平均工时", "Mean hours"),
        "report.max_hours": ("最多工时", "Most hours"),
        "report.district": ("区县", "District"),
        "report.street": ("街道", "Street"),
        "report.community": ("社区", "Community"),
        "report.month": ("月份", "Month"),
        "report.off_list_by_kind": (
            "清单外的证明、牌子、考核评比、台账和工作",
            "Off-list certificates, plaques, evaluations, ledgers and tasks",
        ),
        "report.retired": ("已取消但仍在做的事项", "Retired items still being done"),
        "report.retired_on": ("取消日期", "Retired on"),
        "report.last_date": ("最近一次", "Last done"),
        "report.quality": ("数据质量", "Data quality"),
        "report.quality.text": (
            "{rejected} 行无法读取，已逐行列出（未计入判定）。",
            "{rejected} rows could not be read; each is listed (not judged).",
        ),
        "report.more_rejects": (
            "另有 {count} 行，见 metrics.json。",
            "{count} more in metrics.json.",
        ),
        "report.file": ("文件", "File"),
        "report.line": ("行号", "Line"),
        "report.reason": ("原因", "Reason"),
        "report.provenance": ("来源", "Provenance"),
        "report.lists_revision": ("清单版本", "Lists revision"),
        "report.unknown": ("未知", "unknown"),
        "report.generated": ("生成时间", "Generated"),
        "report.chart.month": ("每月工作：清单内与清单外", "Work per month: on and off the lists"),
        "report.chart.department": ("各部门清单外工作（行）", "Off-list work by department (rows)"),
        "report.chart.district": ("各区县清单外工作占比", "Off-list share by district"),
        "verdict.on_list": ("清单内", "on the lists"),
        "verdict.retired": ("事项已取消仍在做", "item retired, still done"),
        "verdict.not_yet": ("事项尚未生效", "item not yet in force"),
        "verdict.lapsed": ("事项已失效", "item lapsed"),
        "verdict.vetoed": ("事项已被否决", "item vetoed"),
        "verdict.wrong_kind": ("类别与事项所在清单不符", "kind does not fit the item's list"),
        "verdict.unknown_id": ("事项编号不存在", "unknown item id"),
        "verdict.review": ("名称相近，需人工复核", "similar title: needs review"),
        "verdict.unlisted": ("清单中没有", "not on any list"),
        "kind.task": ("工作事项", "Tasks"),
        "kind.ledger": ("台账", "Ledgers"),
        "kind.certificate": ("证明", "Certificates"),
        "kind.plaque": ("挂牌", "Plaques"),
        "kind.evaluation": ("考核评比", "Evaluations"),
    }
)
MESSAGES.update(
    {
        "report.bad_map": ("--map 的写法不对：{part}", "bad --map entry: {part}"),
        "report.bad_map.hint": (
            '写成 "源列名=标准列名"，用逗号分隔；标准列名：{columns}',
            'write "source=canonical" pairs separated by commas; canonical names: {columns}',
        ),
        "report.summary": (
            "读取 {read} 行：判定 {judged}，无法读取 {rejected}；"
            "清单外 {off} 行；清单内占比 {share}",
            "read {read} rows: {judged} judged, {rejected} rejected; {off} off the lists; "
            "{share} on the lists",
        ),
        "progress.ingest": ("读取活动日志", "reading activity logs"),
        "progress.judge": ("对照清单判定", "judging against the lists"),
        "progress.aggregate": ("汇总", "aggregating"),
        "progress.render": ("生成报告", "rendering the report"),
    }
)
MESSAGES.update(
    {
        "sql.missing_db.hint": (
            "先运行 qingdan report DATA --out DIR --db FILE 保留数据库。",
            "keep one first: qingdan report DATA --out DIR --db FILE.",
        ),
        "sql.failed": ("SQL 执行失败：{error}", "the SQL failed: {error}"),
        "sql.more": (
            "另有 {count} 行未显示（用 --limit 或 --format json）。",
            "{count} more rows not shown (use --limit or --format json).",
        ),
    }
)
MESSAGES.update(
    {
        "dataset.repeated": (
            "{path} 已经给出过（同一个文件）：只读一次，行不重复计数",
            "{path} was already given (the same file): read once, its rows are not counted twice",
        ),
        "dataset.empty": (
            "没有找到活动日志文件：{path}",
            "no activity log files found: {path}",
        ),
        "dataset.empty.hint": (
            "文件夹或通配符下应有 .parquet、.csv、.jsonl 或 .xlsx 文件。",
            "a folder or glob should hold .parquet, .csv, .jsonl or .xlsx files.",
        ),
        "report.bad_engine": (
            "未知的引擎：{engine}（可用：duckdb、spark）",
            "unknown engine: {engine} (choose duckdb or spark)",
        ),
        "report.spark_db": (
            "--db 只适用于 DuckDB 引擎",
            "--db works with the DuckDB engine only",
        ),
        "spark.missing": ("未安装 pyspark", "pyspark is not installed"),
        "spark.missing.hint": (
            "安装 Spark 扩展：pip install 'qingdan[spark]'（还需要 Java 17 或更高版本）。",
            "install the Spark extra: pip install 'qingdan[spark]' (it needs Java 17 or newer).",
        ),
        "spark.unavailable": ("无法启动 Spark：{error}", "cannot start Spark: {error}"),
        "spark.unavailable.hint": (
            "本机运行需要 Java 17 或更高版本；集群请检查 --master 或 SPARK_REMOTE 的地址。",
            "local mode needs Java 17 or newer; for a cluster check --master or SPARK_REMOTE.",
        ),
        "spark.parquet_only": (
            "Spark 引擎只读取 Parquet：{path}",
            "the Spark engine reads Parquet only: {path}",
        ),
        "spark.parquet_only.hint": (
            "先用 DuckDB 转换一次：COPY (FROM 'log.csv') TO 'log.parquet'，或用默认引擎。",
            "convert it once (DuckDB: COPY (FROM 'log.csv') TO 'log.parquet') or use the default "
            "engine.",
        ),
    }
)
