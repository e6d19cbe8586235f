"""Messages of ``qingdan init``."""

MESSAGES: dict[str, tuple[str, str]] = {
    "init.exists": ("{path} 已经是一个工作区（有 qingdan.toml）", "{path} is already a workspace"),
    "init.exists.hint": (
        "换一个目录，或直接在该工作区中工作。",
        "pick another folder, or work in it.",
    ),
    "init.clash": (
        "{path} 已存在（共 {count} 个文件会被覆盖），未写入任何文件",
        "{path} exists ({count} files would be overwritten); nothing written",
    ),
    "init.done": (
        "已在 {path} 创建工作区（{count} 个文件）",
        "created a workspace in {path} ({count} files)",
    ),
    "init.next": (
        "下一步：cd {path} && qingdan validate，然后在 lists/ 中添加事项",
        "next: cd {path} && qingdan validate, then add items under lists/",
    ),
}
