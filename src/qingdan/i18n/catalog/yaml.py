"""Messages of the safe YAML loader."""

MESSAGES: dict[str, tuple[str, str]] = {
    "yaml.syntax": ("YAML 语法错误：{reason}", "YAML syntax error: {reason}"),
    "yaml.duplicate_key": (
        "重复的键 {key!r}（PyYAML 会静默保留后一个，这里按错误处理）",
        "duplicate key {key!r} (plain PyYAML would silently keep the last one)",
    ),
    "yaml.complex_key": ("键必须是简单的文本", "a key must be a plain scalar"),
    "yaml.bad_tag": ("不支持的 YAML 标签 {tag}", "unsupported YAML tag {tag}"),
    "yaml.too_many_nodes": (
        "展开后超过 {limit} 个节点（疑似别名炸弹），已停止解析",
        "more than {limit} nodes after expanding aliases (an alias bomb?); parsing stopped",
    ),
    "yaml.recursive": ("别名引用了自身（递归），无法解析", "an alias refers to itself (recursive)"),
    "yaml.too_deep": ("嵌套层级过深，已停止解析", "nesting too deep; parsing stopped"),
    "yaml.too_large": (
        "文件过大（{size:.1f} MB，上限 {limit:.0f} MB），未解析",
        "file too large ({size:.1f} MB, limit {limit:.0f} MB); not parsed",
    ),
    "yaml.not_utf8": (
        "不是 UTF-8 编码的文本；请另存为 UTF-8",
        "not UTF-8 text; save it as UTF-8",
    ),
}
