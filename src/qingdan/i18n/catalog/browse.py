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
    "field.source_jurisdiction": ("来源辖区", "source's jurisdiction"),
    "field.source_class": ("来源方式", "source class"),
    "field.precedent": (
        "先例（其他地方的文件，不是法律依据）",
        "precedent (another place's document, not a legal basis)",
    ),
    "field.dates_source": ("日期来源", "dates from"),
    "label.illustrative": ("示例", "illustrative"),
    "label.illustrative_short": ("示例", "illus."),
    "label.dates": ("日期", "dates"),
    "label.illustrative_date": ("{date}（示例）", "{date} (illustrative)"),
    "lists.illustrative_note": (
        "标“示例”的清单，其日期未见于公开来源，仅为示例（dates_source 说明原因）",
        "illus.: the list's dates are illustrative, no public source gives them (dates_source "
        "says why)",
    ),
    "provenance.heading": (
        "事项来源：按来源方式与来源辖区（全部事项）",
        "where the items come from: by source class and jurisdiction (all items)",
    ),
    "provenance.by_jurisdiction": ("按来源辖区", "by the source's jurisdiction"),
    "provenance.illustrative": (
        "其中日期为示例的事项：{count} / {items}",
        "items with illustrative dates: {count} of {items}",
    ),
    "provenance.class.verbatim": ("照录", "verbatim"),
    "provenance.class.paraphrase": ("改写", "paraphrase"),
    "provenance.class.split": ("拆分", "split"),
    "provenance.class.derived": ("归纳", "derived"),
    "provenance.class.unknown": ("未注明", "unknown"),
    "field.file": ("文件", "file"),
    "field.list": ("所属清单", "list"),
}
