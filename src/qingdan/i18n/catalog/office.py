"""Messages of reading office files (columns, encodings, sheets, values) and office outputs."""

MESSAGES: dict[str, tuple[str, str]] = {
    "office.refused.document": (
        "这是 Word/WPS 文字文档，不是表格",
        "this is a Word/WPS document, not a table",
    ),
    "office.refused.document.hint": (
        "把其中的表格复制到 Excel/WPS 表格，另存为 .xlsx 或 CSV（UTF-8）后再读",
        "copy its table into Excel/WPS Spreadsheets and save it as .xlsx or CSV (UTF-8), then read that",
    ),
    "office.refused.pdf": (
        "这是 PDF/OFD 文件，其中的表格无法可靠读取",
        "this is a PDF/OFD file; tables in it cannot be read reliably",
    ),
    "office.refused.pdf.hint": (
        "请向报送单位索取原始电子表格（.xlsx），或在 WPS 中“PDF 转 Excel”后核对再读",
        "ask the sender for the original spreadsheet (.xlsx), or convert it to Excel and check it before reading",
    ),
    "office.refused.image": (
        "这是图片（扫描件或照片），无法读取",
        "this is a picture (a scan or photo) and cannot be read",
    ),
    "office.refused.image.hint": (
        "请索取原始电子表格，或把内容录入 Excel 另存为 .xlsx",
        "ask for the original spreadsheet, or type the table into Excel and save it as .xlsx",
    ),
    "office.refused.wps_sheet": (
        "这是 WPS/Numbers 自有格式的表格",
        "this is a WPS/Numbers native spreadsheet",
    ),
    "office.refused.wps_sheet.hint": (
        "在 WPS 中“另存为”Excel 工作簿（.xlsx）后再读",
        "save it as an Excel workbook (.xlsx) and read that",
    ),
    "office.bad_encoding_name": (
        "不认识的编码名称：{name}（可用 utf-8、gb18030、gbk、big5、shift_jis 等）",
        "unknown encoding name: {name} (try utf-8, gb18030, gbk, big5, shift_jis)",
    ),
    "office.ambiguous_encoding": (
        "无法确定文件编码：既不像 UTF-8，也不像 GBK/GB18030",
        "cannot tell the file's encoding: it reads neither as UTF-8 nor as GBK/GB18030",
    ),
    "office.ambiguous_encoding.hint": (
        "用 --encoding 指明编码（如 --encoding gb18030 或 --encoding big5），或在 Excel 中另存为“CSV UTF-8”",
        'name it with --encoding (e.g. --encoding gb18030 or --encoding big5), or save it from Excel as "CSV UTF-8"',
    ),
    "office.no_sheet": (
        "工作簿中没有名为“{sheet}”的工作表；有：{sheets}",
        'the workbook has no sheet named "{sheet}"; it has: {sheets}',
    ),
    "office.bad_workbook": (
        "电子表格无法打开：{error}",
        "the spreadsheet cannot be opened: {error}",
    ),
    "office.undecodable_line": (
        "此行含无法解码的字节，已拒收（其余行照常读取）",
        "this line holds bytes that cannot be decoded; rejected (the other lines are read)",
    ),
    "office.map_absent": (
        "--map 指定的列“{columns}”在文件中不存在；文件中的列：{headers}",
        '--map names column(s) "{columns}" the file does not have; its columns: {headers}',
    ),
    "office.strict": (
        "--strict：未对应的列 {unmapped}；缺少的列 {missing}",
        "--strict: unmapped columns {unmapped}; missing columns {missing}",
    ),
    "office.cell": ("“{column}”列：{message}", 'column "{column}": {message}'),
    "office.bad_kind": (
        "无法识别的类型“{value}”（可写：工作事项、台账、证明、挂牌、考核评比）",
        'unknown kind "{value}" (write one of 工作事项, 台账, 证明, 挂牌, 考核评比 or task, ledger, certificate, plaque, evaluation)',
    ),
    "office.bad_date": (
        "无法识别的日期“{value}”（可写 2025-04-01、2025/4/1、2025.4.1、2025年4月1日）",
        'not a date: "{value}" (write 2025-04-01, 2025/4/1, 2025.4.1 or 2025年4月1日)',
    ),
    "office.missing_value": ("未填写（必填）", "empty (required)"),
    "office.columns": ("{file}：列对应 {mapping}", "{file}: columns {mapping}"),
    "office.columns.ignored": ("忽略", "ignored"),
    "table.no_header": (
        "找不到表头：文件是空的，或表头所在的第一行是空的",
        "no header found: the file is empty, or the first line, where the header belongs, is blank",
    ),
    "office.duplicate": (
        "{file}：第 {column} 列“{header}”也对应 {field}，不参与判定；{field} 取第 {read_column} 列“{read}”（用 --map 指定，--strict 视为错误）",
        '{file}: column {column} "{header}" also maps to {field} and is not judged; {field} is read from column {read_column} "{read}" (choose with --map; --strict makes this an error)',
    ),
    "office.unmapped": (
        "{file}：未对应、不参与判定的列：{columns}（用 --map 或 qingdan.toml 对应，--strict 视为错误）",
        "{file}: columns not mapped and not judged: {columns} (map them with --map or qingdan.toml; --strict makes this an error)",
    ),
    "office.skipped_sheets": (
        "{file}：跳过没有可识别表头的工作表（其中的行不参与判定；用 --sheet 指定或补上表头）：{sheets}",
        "{file}: skipped sheets with no recognisable header (their rows are not judged; name one with --sheet or give it a header): {sheets}",
    ),
    "office.filter_empty": (
        "--{option} {value} 没有匹配任何行；最接近的值：{nearest}",
        "--{option} {value} matches no row; nearest values: {nearest}",
    ),
    "office.filter_empty.none": (
        "--{option} {value} 没有匹配任何行",
        "--{option} {value} matches no row",
    ),
}
MESSAGES.update(
    {
        "violations.col.activity_id": ("记录编号", "activity_id"),
        "violations.col.date": ("日期", "date"),
        "violations.col.district": ("区县", "district"),
        "violations.col.street": ("街道", "street"),
        "violations.col.community": ("社区", "community"),
        "violations.col.department": ("交办部门", "department"),
        "violations.col.kind": ("事项类型", "kind"),
        "violations.col.item_id": ("事项编号", "item_id"),
        "violations.col.title": ("事项名称", "title"),
        "violations.col.hours": ("工时", "hours"),
        "violations.col.verdict": ("判定", "verdict"),
        "violations.col.matched_id": ("对应或最接近的清单事项", "matched_id"),
        "violations.col.score": ("匹配得分", "score"),
        "violations.col.file": ("来源文件", "file"),
        "violations.col.line": ("行号", "line"),
    }
)
MESSAGES.update(
    {
        "report.department": ("交办部门", "Department"),
        "report.xlsx.department": ("按部门", "By department"),
        "report.xlsx.community": ("按街道社区", "By street and community"),
        "report.xlsx.titles": ("清单外事项", "Off-list titles"),
        "report.xlsx.rejects": ("无法读取的行", "Rejects"),
        "report.xlsx.code": ("代码", "Code"),
    }
)
MESSAGES.update({"report.xlsx.all": ("（全街道）", "(whole street)")})
MESSAGES.update(
    {
        "office.col.verdict": ("审查结论", "Verdict"),
        "office.col.reasons": ("理由", "Reasons"),
        "office.col.basis": ("依据", "Basis"),
        "office.col.id": ("申请编号", "Request id"),
        "office.col.title": ("事项名称", "Title"),
        "office.col.department": ("申请单位", "Department"),
        "office.col.kind": ("事项类型", "Kind"),
        "office.sheet.requests": ("审查结果", "Decisions"),
        "office.unreadable": ("无法读取", "unreadable"),
        "office.basis.rule": ("审查规则 {code}（{slug}）", "rule {code} ({slug})"),
        "office.basis.law": ("；法律依据：{laws}", "; legal basis: {laws}"),
    }
)
# reasons as a reply letter words them: no match scores (the other reasons read as they are)
MESSAGES.update(
    {
        "check.reason.CK100.letter": (
            "属清单内事项：{id}「{title}」",
            "on the list: {id} “{title}”",
        ),
        "check.reason.CK101.letter": (
            "所依据的 {id}「{title}」现行有效，且与申请事项相符",
            "the cited {id} “{title}” is in force and agrees with the request",
        ),
        "check.reason.CK301.letter": (
            "与 {id}「{title}」相近但不足以认定，需人工复核",
            "close to {id} “{title}” but not enough to admit: a person must review it",
        ),
    }
)
MESSAGES.update(
    {
        "inspect.head": (
            "格式 {format} · 编码 {encoding} · 按{table}读取",
            "format {format} · encoding {encoding} · read as {table}",
        ),
        "inspect.table.activity": ("活动日志", "an activity log"),
        "inspect.table.request": ("申请表", "requests"),
        "inspect.sheet": ("工作表“{sheet}”", 'sheet "{sheet}"'),
        "inspect.rows": (
            "表头在第 {line} 行 · {rows} 行数据（无法读取 {rejected}）",
            "header on line {line} · {rows} data rows ({rejected} unreadable)",
        ),
        "inspect.columns": ("列对应 {mapping}", "columns {mapping}"),
        "inspect.unmapped": ("未对应、不参与判定：{columns}", "not mapped, not judged: {columns}"),
        "inspect.missing": ("缺少的列：{columns}", "missing columns: {columns}"),
        "inspect.preview": (
            "前 {count} 行（判定时的样子）：",
            "first {count} rows as they will be judged:",
        ),
        "inspect.skipped": (
            "跳过没有可识别表头的工作表：{sheets}",
            "skipped sheets with no recognisable header: {sheets}",
        ),
    }
)
MESSAGES.update({"office.wrote": ("已写入 {path}", "wrote {path}")})
