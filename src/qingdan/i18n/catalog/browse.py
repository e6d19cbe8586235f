"""Messages of ``qingdan lists``, ``show`` and ``search``."""

MESSAGES: dict[str, tuple[str, str]] = {
    "lists.heading": ("{name} 的清单", "Lists of {name}"),
    "lists.counted": (
        "社区工作事项（计入精简率的清单）现有 {count} 项有效",
        "community work items (lists counted for the reduction rate): {count} active",
    ),
    "show.unknown": ("没有编号为 {id} 的事项", "no item with id {id}"),
    "show.unknown.hint": (
        "用 qingdan search 文字 查找事项，或 qingdan lists 查看清单",
        "find items with `qingdan search TEXT`, or see the lists with `qingdan lists`",
    ),
    "show.in_force": ("今日有效", "in force today"),
    "show.not_in_force": ("今日不在有效期内", "not in force today"),
    "search.none": ("没有找到与 {query!r} 相近的事项", "no item resembles {query!r}"),
    "search.empty": ("检索词不能为空", "the search text is empty"),
    "search.matched": ("命中", "matched"),
    "search.bad_kind": (
        "未知的清单类别 {kind}；可选：{choices}",
        "unknown list kind {kind}; one of: {choices}",
    ),
    "field.aliases": ("别名", "aliases"),
    "field.keywords": ("关键词", "keywords"),
    "field.published_on": ("发布日期", "published on"),
    "field.effective_from": ("生效日期", "effective from"),
    "field.effective_to": ("失效日期", "effective to"),
    "field.retired_on": ("取消/否决日期", "retired on"),
    "field.reason": ("理由", "reason"),
    "field.source": ("来源", "source"),
    "field.file": ("文件", "file"),
    "field.list": ("所属清单", "list"),
}
