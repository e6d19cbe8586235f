"""Messages shared by every command: workspace, errors, generic labels."""

MESSAGES: dict[str, tuple[str, str]] = {
    "error.prefix": ("错误", "error"),
    "error.hint": ("提示", "hint"),
    "error.interrupted": ("已中断。", "Interrupted."),
    "error.unexpected": (
        "内部错误：{error}。请加 --debug 重新运行并报告此问题。",
        "internal error: {error}. Run again with --debug and report it.",
    ),
    "workspace.using_bundled": (
        "使用内置示例工作区：{path}",
        "using the bundled default workspace: {path}",
    ),
    "workspace.not_found": (
        "工作区不存在或缺少 qingdan.toml：{path}",
        "no workspace (qingdan.toml) at {path}",
    ),
    "workspace.not_found.hint": (
        "用 qingdan init DIR 创建工作区，或用 --workspace 指向含 qingdan.toml 的目录。",
        "create one with `qingdan init DIR`, or point --workspace at a folder with qingdan.toml.",
    ),
    "workspace.bad_toml": (
        "qingdan.toml 无法解析：{error}",
        "qingdan.toml cannot be parsed: {error}",
    ),
    "workspace.bad_config": (
        "qingdan.toml 配置无效：{where}：{error}",
        "qingdan.toml is invalid: {where}: {error}",
    ),
    "workspace.bad_config.hint": (
        "对照 schemas/config.schema.json 修改配置。",
        "fix it against schemas/config.schema.json.",
    ),
    "workspace.list_missing": (
        "qingdan.toml 指定的清单文件不存在：{path}",
        "list file named in qingdan.toml does not exist: {path}",
    ),
    "option.bad_format": (
        "不支持的输出格式 {fmt}；可选：{choices}",
        "unsupported format {fmt}; choose one of: {choices}",
    ),
    "option.bad_lang": ("--lang 只能是 zh 或 en", "--lang must be zh or en"),
    "option.bad_period": (
        "--from {start} 晚于 --to {end}：这段时间没有一天，请对调或改正日期",
        "--from {start} is after --to {end}: the period holds no day; swap or correct them",
    ),
    "option.bad_date": (
        "日期格式不对：{value}（写成 2024-03-01、2024/3/1 或 2024年3月1日）",
        "not a date: {value} (write 2024-03-01, 2024/3/1 or 2024年3月1日)",
    ),
    "file.missing": ("文件不存在：{path}", "no such file: {path}"),
    "file.written": ("已写入 {path}", "wrote {path}"),
    "label.kind": ("类别", "kind"),
    "label.title": ("名称", "title"),
    "label.id": ("编号", "id"),
    "label.score": ("得分", "score"),
    "label.active": ("有效", "active"),
    "label.retired": ("已取消", "retired"),
    "label.vetoed": ("已否决", "vetoed"),
    "label.items": ("事项数", "items"),
    "label.department": ("部门", "department"),
    "label.legal_basis": ("法律依据", "legal basis"),
    "label.status": ("状态", "status"),
    "label.location": ("位置", "location"),
    "label.none": ("无", "none"),
    "label.total": ("合计", "total"),
}
