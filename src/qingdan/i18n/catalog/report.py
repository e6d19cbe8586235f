"""Messages of generate, report and sql."""

MESSAGES: dict[str, tuple[str, str]] = {
    "generate.bad_rows": ("--rows 不能为负数：{rows}", "--rows cannot be negative: {rows}"),
    "generate.bad_ext": ("不支持的输出文件类型：{path}", "unsupported output file type: {path}"),
    "generate.bad_ext.hint": ("用 .parquet、.csv 或 .jsonl 结尾的文件名。",
                              "name the file .parquet, .csv or .jsonl."),
    "generate.done": ("已生成 {rows} 行（{format}）：{path}", "wrote {rows} rows ({format}) to {path}"),
}
