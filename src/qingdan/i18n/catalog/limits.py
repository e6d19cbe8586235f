"""Messages of the input limits and output guards (issue 12; docs/reference/limits.md)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "limits.missing": ("文件不存在", "no such file"),
    "limits.unreadable": ("无法读取：{error}", "cannot be read: {error}"),
    "limits.folder": ("这是一个目录，不是文件", "this is a folder, not a file"),
    "limits.not_regular": (
        "不是普通文件（设备、管道或套接字），不予读取",
        "not a regular file (a device, pipe or socket): not read",
    ),
    "limits.too_large": (
        "文件过大：{size}，此类输入上限 {limit}",
        "file too large: {size}; the limit for this kind of input is {limit}",
    ),
    "limits.not_xlsx": ("不是有效的 xlsx 文件：{error}", "not a valid xlsx file: {error}"),
    "limits.inflates": (
        "xlsx 解压后将达 {size}，超过上限 {limit}（疑似压缩炸弹）",
        "the xlsx would inflate to {size}, over the limit of {limit} (a zip bomb?)",
    ),
    "limits.depth": ("嵌套层数超过上限 {limit}", "nested deeper than the limit of {limit}"),
    "limits.scalar": (
        "单个值长 {size} 个字符，超过上限 {limit}",
        "one value is {size} characters long, over the limit of {limit}",
    ),
    "limits.integer": (
        "整数有 {digits} 位，超过上限 {limit} 位",
        "an integer of {digits} digits, over the limit of {limit}",
    ),
    "limits.not_finite": (
        "数值 {value} 不是有限数（NaN/无穷大不是 JSON）",
        "the number {value} is not finite (NaN/Infinity are not JSON)",
    ),
    "limits.surrogate": (
        "含有无效的 Unicode 代理字符（\\ud800 之类）",
        "holds an invalid Unicode surrogate (such as \\ud800)",
    ),
    "limits.hint": (
        "只读取普通文件；上限见 docs/reference/limits.md",
        "only regular files are read; the limits are in docs/reference/limits.md",
    ),
}
MESSAGES.update(
    {
        "lists.not_a_list": (
            "不是清单文件（顶层应为含 kind、items 的映射）",
            "not a list file (the top level must be a mapping with kind and items)",
        ),
        "lists.broken": (
            "{message}（另有 {more} 个清单文件无法读取）",
            "{message} ({more} more list files unreadable)",
        ),
        "lists.broken.hint": (
            "清单文件无法读取时不做任何判断；运行 qingdan validate 查看全部问题并修复",
            "nothing is judged while a list file is unreadable; run qingdan validate to see every problem",
        ),
    }
)
MESSAGES.update(
    {
        "outpath.hint": (
            "换一个可写的输出位置；什么也没有写入",
            "choose an output location that can be written; nothing was written",
        ),
        "outpath.under_file": (
            "无法写入 {path}：{parent} 是文件，不是目录",
            "cannot write {path}: {parent} is a file, not a folder",
        ),
        "outpath.not_writable": ("无法写入 {path}：{error}", "cannot write {path}: {error}"),
        "outpath.not_folder": (
            "输出目录 {path} 已存在且不是目录",
            "the output folder {path} exists and is not a folder",
        ),
        "outpath.is_input": (
            "输出位置 {path} 是本命令的输入文件",
            "the output {path} is one of this command's input files",
        ),
        "outpath.is_folder": ("输出文件 {path} 是一个目录", "the output file {path} is a folder"),
        "outpath.not_regular": (
            "输出文件 {path} 不是普通文件（设备或管道）",
            "the output file {path} is not a regular file (a device or a pipe)",
        ),
        "outpath.not_duckdb": (
            "{path} 已存在且不是 DuckDB 数据库，不予覆盖",
            "{path} exists and is not a DuckDB database: not overwritten",
        ),
        "outpath.no_folder": ("{path} 所在的目录不存在", "the folder of {path} does not exist"),
        "error.os": ("{path}：{error}", "{path}: {error}"),
    }
)
MESSAGES.update(
    {
        "sql.not_duckdb": (
            "{path} 不是 DuckDB 数据库文件",
            "{path} is not a DuckDB database file",
        ),
        "sql.bad_db": (
            "无法打开数据库 {path}：{error}",
            "cannot open the database {path}: {error}",
        ),
        "sql.one_statement": (
            "只能执行一条 SQL 语句（收到 {count} 条）",
            "exactly one SQL statement is run (got {count})",
        ),
        "sql.read_only.hint": (
            "qingdan sql 默认只读，且不能读写其他文件；确需写入时加 --allow-write",
            "qingdan sql is read-only and cannot touch other files; add --allow-write if you mean it",
        ),
    }
)
