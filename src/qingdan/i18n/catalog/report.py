"""Messages of generate, report and sql."""

MESSAGES: dict[str, tuple[str, str]] = {
    "generate.bad_rows": ("--rows 不能为负数：{rows}", "--rows cannot be negative: {rows}"),
    "generate.bad_ext": ("不支持的输出文件类型：{path}", "unsupported output file type: {path}"),
    "generate.bad_ext.hint": ("用 .parquet、.csv 或 .jsonl 结尾的文件名。",
                              "name the file .parquet, .csv or .jsonl."),
    "generate.done": ("已生成 {rows} 行（{format}）：{path}", "wrote {rows} rows ({format}) to {path}"),
}
MESSAGES.update({
    "activity.undecodable": ("文件编码无法识别（不是 UTF-8，也不是 GB18030/GBK）",
                             "cannot decode the file (neither UTF-8 nor GB18030/GBK)"),
    "activity.undecodable.hint": ("用 Excel 或 WPS 另存为“CSV UTF-8”后重试。",
                                  "save it again as \"CSV UTF-8\" from Excel or WPS."),
    "activity.unreadable": ("文件无法读取：{error}", "cannot read the file: {error}"),
    "activity.missing_columns": (
        "缺少必需的列：{columns}（文件中的列：{headers}）",
        "required columns missing: {columns} (the file has: {headers})"),
    "activity.missing_columns.hint": (
        "用 --map \"日期=date,社区=community\" 或 qingdan.toml 的 [activity.columns] 说明列名对应关系。",
        "map the headers with --map \"日期=date,社区=community\" or [activity.columns] in "
        "qingdan.toml."),
    "activity.bad_ext": ("不支持的活动日志文件类型：{path}", "unsupported activity file type: {path}"),
    "activity.bad_ext.hint": ("支持 .csv .tsv .txt .parquet .jsonl .ndjson .xlsx。",
                              "supported: .csv .tsv .txt .parquet .jsonl .ndjson .xlsx."),
})
MESSAGES.update({
    "reject.json": ("不是有效的 JSON 行", "not a valid JSON line"),
    "reject.fields": ("字段数不对：{value}", "wrong number of fields: {value}"),
    "reject.encoding": ("含无法解码的字符：{value}", "undecodable characters: {value}"),
    "reject.missing_date": ("缺少日期", "missing date"),
    "reject.bad_date": ("日期不存在或格式不对：{value}", "impossible or malformed date: {value}"),
    "reject.missing_community": ("缺少社区", "missing community"),
    "reject.bad_hours": ("工时不是非负数：{value}", "hours not a non-negative number: {value}"),
    "reject.unknown_kind": ("未知类别：{value}", "unknown kind: {value}"),
    "reject.no_title": ("既无事项名称也无事项编号", "neither a title nor an item id"),
})
