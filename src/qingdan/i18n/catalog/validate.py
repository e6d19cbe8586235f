"""Messages of ``qingdan validate``."""

MESSAGES: dict[str, tuple[str, str]] = {
    "validate.schema": ("不符合清单格式：{path}：{message}", "schema: {path}: {message}"),
    "validate.unknown_field": ("未知字段：{fields}", "unknown field(s): {fields}"),
    "validate.not_mapping": (
        "清单文件应是一个映射（kind、title、items…）",
        "a list file must be a mapping (kind, title, items…)",
    ),
    "validate.kind_mismatch": (
        "文件声明 kind: {kind}，但 qingdan.toml 把它登记为 {expected}",
        "file says kind: {kind}, but qingdan.toml files it as {expected}",
    ),
    "validate.prefix": (
        "{id} 的前缀不对：{kind} 清单的编号应以 {prefix}- 开头",
        "{id} has the wrong prefix: ids in the {kind} list start with {prefix}-",
    ),
    "validate.retired_reason": (
        "{id} 状态为 {status}，但缺少 {fields}：取消或否决的事项须保留日期和理由",
        "{id} is {status} but lacks {fields}: retired and vetoed items keep a date and a reason",
    ),
    "validate.vetoed_kind": (
        "{id}：只有准入清单（entry）的事项可以是 vetoed",
        "{id}: only entry-list items can be vetoed",
    ),
    "validate.active_retired": (
        "{id} 状态为 active，却有 retired_on；取消请把 status 改为 retired",
        "{id} is active but has retired_on; set status: retired to retire it",
    ),
    "validate.no_effective": (
        "{id} 缺少 effective_from（生效日期）",
        "{id} has no effective_from date",
    ),
    "validate.legal_basis": (
        "{id}：{kind} 清单的事项必须写明法律依据（legal_basis）",
        "{id}: items of the {kind} list need a legal basis (legal_basis)",
    ),
    "validate.basis_jurisdiction": (
        "{id}：法律依据《{law}》属于{jurisdiction}，不是全国性法规或本辖区（{allowed}）的文件；"
        "其他地方的文件请写入 precedent（先例）",
        "{id}: the legal basis {law} belongs to {jurisdiction}, neither national nor this "
        "workspace's jurisdiction ({allowed}); move another place's document to precedent",
    ),
    "validate.basis_no_jurisdiction": (
        "{id}：法律依据《{law}》没有写 jurisdiction（全国，或发文辖区）",
        "{id}: the legal basis {law} has no jurisdiction (全国 for national, or its place)",
    ),
    "validate.entry_department": (
        "{id}：有效的准入事项须写明申请部门（department）",
        "{id}: an active entry item names the department that applied (department)",
    ),
    "validate.no_source": (
        "{id}：缺少来源（source 与 source_jurisdiction）",
        "{id}: no source (source and source_jurisdiction)",
    ),
    "validate.dates_unsourced": (
        "{id}：日期没有来源；写明 dates_source，或标注 dates_illustrative: true（在事项或清单上）",
        "{id}: its dates have no source; add dates_source or mark dates_illustrative: true "
        "(on the item or its list)",
    ),
    "validate.negative_in_force": (
        "{id} 与全国负面清单 {neg}“{title}”相同，却在 {date} 之后仍然有效；社区不应出具该证明",
        "{id} is {neg} “{title}” of the national negative list, yet in force after {date}; "
        "a community must not issue it",
    ),
    "validate.date_order": (
        "{id} 的日期顺序不对：{late} {b} 早于 {early} {a}",
        "{id} has dates out of order: {late} {b} is before {early} {a}",
    ),
    "validate.duplicate_id": (
        "编号 {id} 重复（首次出现在 {first}）；编号在所有清单中唯一",
        "duplicate id {id} (first at {first}); ids are unique across all lists",
    ),
    "validate.duplicate_title": (
        "{id} 的名称与 {other} 重复（规范化后相同）",
        "{id} has the same title as {other} (after normalization)",
    ),
    "validate.shared_alias": (
        "{id} 的别名 {alias!r} 与 {other} 的名称或别名相同，匹配时会混淆",
        "{id}'s alias {alias!r} is also a name of {other}; matching cannot tell them apart",
    ),
    "validate.missing_file": (
        "qingdan.toml 登记的清单文件不存在",
        "the list file named in qingdan.toml does not exist",
    ),
    "validate.ok": (
        "校验通过：{files} 个文件，{items} 个事项",
        "valid: {files} files, {items} items",
    ),
    "validate.summary": (
        "{errors} 个错误，{warnings} 个警告（{files} 个文件，{items} 个事项）",
        "{errors} errors, {warnings} warnings ({files} files, {items} items)",
    ),
    "validate.more": ("另有 {count} 条问题未列出", "{count} more findings not shown"),
}
