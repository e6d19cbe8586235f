"""Messages of the maintainer commands: ``rate``, ``diff``, ``export``, ``import``."""

MESSAGES: dict[str, tuple[str, str]] = {
    "git.missing": ("找不到 git 命令", "git is not installed or not on PATH"),
    "git.missing.hint": ("安装 git 后重试", "install git and try again"),
    "git.timeout": ("git {args} 超时", "git {args} timed out"),
    "git.not_repo": ("{path} 不在 git 仓库中", "{path} is not inside a git repository"),
    "git.not_repo.hint": (
        "diff 与 --baseline-rev 需要清单所在的 git 仓库；用 -w 指向仓库中的工作区",
        "diff and --baseline-rev need the lists' git repository; point -w at a workspace in one",
    ),
    "git.bad_revision": (
        "版本号 {rev!r} 不可用：不能为空、不能以 - 开头、不能含控制字符",
        "revision {rev!r} refused: it must not be empty, start with '-' or hold control characters",
    ),
    "git.bad_revision.hint": (
        "写分支名、标签或提交号，例如 main、v1.0、HEAD~1",
        "give a branch, tag or commit, e.g. main, v1.0, HEAD~1",
    ),
    "git.unknown_revision": ("仓库中没有版本 {rev}", "no revision {rev} in this repository"),
    "git.unknown_revision.hint": (
        "用 git log --oneline 或 git branch -a 查看可用的版本",
        "see git log --oneline or git branch -a for the revisions there are",
    ),
    "git.shallow": (
        "找不到版本 {rev}：这是浅克隆（shallow clone），缺少该提交",
        "revision {rev} not found: this is a shallow clone without that commit",
    ),
    "git.shallow.hint": (
        "运行 git fetch --unshallow，或在 CI 的 actions/checkout 中设置 fetch-depth: 0",
        "run git fetch --unshallow, or set fetch-depth: 0 on actions/checkout in CI",
    ),
    "git.outside_repo": ("{path} 不在仓库 {top} 之内", "{path} is outside the repository {top}"),
    "git.read_failed": ("读取版本 {rev} 失败：{error}", "could not read revision {rev}: {error}"),
    "diff.rule.deleted": (
        "{id} 被直接删除；已有事项不能删除，请改为 status: retired 并写明 retired_on 和 reason",
        "{id} was deleted outright; retire it instead (status: retired, retired_on, reason)",
    ),
    "diff.rule.id-reused": (
        "编号 {id} 被用于另一事项：原为“{before}”，现为“{after}”；新事项请用新编号",
        "id {id} reused for a different item: was “{before}”, now “{after}”; give it a new id",
    ),
    "diff.rule.moved": (
        "{id} 从 {before} 清单移到了 {after} 清单；事项不能跨清单移动，请取消原事项并新增",
        "{id} moved from the {before} list to {after}; retire it there and add a new item",
    ),
    "diff.rule.reactivated": (
        "{id} 由 {status} 恢复为 active，但没有写明理由（reason）和新的生效日期"
        "（effective_from 不早于原取消日期）",
        "{id} went from {status} back to active without a dated reason "
        "(a reason and an effective_from on or after the old retired_on)",
    ),
    "diff.rule.effective-before-published": (
        "新增事项 {id} 的生效日期 {effective_from} 早于发布日期 {published}",
        "new item {id} takes effect on {effective_from}, before it was published on {published}",
    ),
    "diff.label.added": ("新增", "added"),
    "diff.label.reinstated": ("恢复", "reinstated"),
    "diff.label.retired": ("取消", "retired"),
    "diff.label.vetoed": ("否决", "vetoed"),
    "diff.label.deleted": ("删除", "deleted"),
    "diff.label.changed": ("修改", "changed"),
    "diff.unparsed": (
        "清单文件无法解析，不能比较：{reason}",
        "cannot diff a list that does not parse: {reason}",
    ),
    "count.unparsed": (
        "清单文件无法解析，不能计数：{reason}",
        "cannot count a list that does not parse: {reason}",
    ),
    "diff.unparsed.hint": (
        "先运行 qingdan validate 修正该文件",
        "run qingdan validate and fix the file first",
    ),
    "diff.no_changes": ("清单没有变化", "no changes to the lists"),
    "diff.violations": ("{count} 处违反清单历史规则", "{count} history rule violation(s)"),
    "diff.clean": ("清单历史规则：通过", "history rules: passed"),
    "diff.counts": (
        "社区工作事项：{before} → {after} 项；精简率 {rate_before} → {rate_after}",
        "community work items: {before} → {after}; reduction rate {rate_before} → {rate_after}",
    ),
    "diff.headline": ("{base} → {head}（按 {at} 计）", "{base} → {head} (counted on {at})"),
    "rate.headline": (
        "社区工作事项 {current} 项（{at}，计入：{counted}）",
        "community work items: {current} on {at} (counted: {counted})",
    ),
    "rate.rate": (
        "精简率 {rate}：{before} → {after}（基数来源：{source}）",
        "reduction rate {rate}: {before} → {after} (baseline: {source})",
    ),
    "rate.not_in_force": (
        "{at} 清单尚未施行（最早的计入事项自 {first} 起有效），没有社区工作事项数和精简率",
        "the lists were not in force on {at} (the first counted item took effect on {first}): "
        "no work item count and no reduction rate",
    ),
    "rate.made_of": (
        "说明：{current} 项中有 {split} 项是把同一条来源拆成的几项之一（source_class: split），"
        "{illustrative} 项的日期为示例；这是示例工作区，按大连市公布的数字建模",
        "note: of the {current}, {split} are one of several items cut from a shared source row "
        "(source_class: split) and {illustrative} have illustrative dates; this is an "
        "illustrative workspace modelled on Dalian's published figures",
    ),
    "rate.history.heading": ("历次精简（公开报道）", "reported reductions"),
    "rate.history.none": (
        "qingdan.toml 中没有 [[rate.history]]",
        "no [[rate.history]] in qingdan.toml",
    ),
    "rate.history.lists": ("，{lists} 张清单", ", {lists} lists"),
    "rate.history.line": (
        "{label}：{before} → {after}{lists}，{rate}",
        "{label}: {before} → {after}{lists}, {rate}",
    ),
    "rate.history.rate": ("精简率 {rate}", "reduction rate {rate}"),
    "rate.history.source": ("来源：{source}", "source: {source}"),
    "rate.history.matches": (
        "与清单数据一致：按清单计 {after} 项",
        "agrees with the lists: {after} items counted",
    ),
    "rate.history.differs": (
        "与清单数据不一致：报道 {after} 项，清单另有计数",
        "differs from the lists: reported {after}, the lists count otherwise",
    ),
    "rate.no_baseline": (
        "没有基数，无法计算精简率；在 qingdan.toml [rate] 设 baseline 或用 --baseline",
        "no baseline, no rate; set [rate] baseline in qingdan.toml or pass --baseline",
    ),
    "rate.both_baselines": (
        "--baseline 与 --baseline-rev 只能用一个",
        "use --baseline or --baseline-rev, not both",
    ),
    "rate.column.list": ("清单", "list"),
    "rate.column.active": ("有效", "active"),
    "rate.column.retired": ("已取消", "retired"),
    "rate.column.vetoed": ("已否决", "vetoed"),
    "rate.column.base": ("基准版本有效", "active at base"),
    "excel.exported": (
        "已导出 {lists} 张清单、{items} 个事项到 {path}",
        "exported {lists} lists, {items} items to {path}",
    ),
    "excel.imported": ("已导入 {path}：{summary}", "imported {path}: {summary}"),
    "excel.unchanged": ("没有变化", "no changes"),
    "excel.needs_out": ("导出 xlsx 需要 --out 文件名", "--format xlsx needs --out FILE"),
    "excel.not_xlsx": (
        "{path} 不是可读的 xlsx 文件：{error}",
        "{path} is not a readable xlsx file: {error}",
    ),
    "excel.not_xlsx.hint": ("用 Excel 或 WPS 另存为 .xlsx", "save it as .xlsx from Excel or WPS"),
    "excel.unknown_sheet": ("工作表“{sheet}”不对应任何清单", "sheet “{sheet}” matches no list"),
    "excel.unknown_sheet.hint": (
        "工作表名应为清单名称或 kind（如 社区出具证明事项清单 / certificates）",
        "name sheets by list title or kind (e.g. 社区出具证明事项清单 / certificates)",
    ),
    "excel.unknown_columns": (
        "工作表“{sheet}”第 {row} 行：未知的列 {columns}",
        "sheet “{sheet}” row {row}: unknown column(s) {columns}",
    ),
    "excel.unknown_columns.hint": ("可用的列：{known}", "known columns: {known}"),
    "excel.no_id": (
        "工作表“{sheet}”第 {row} 行：缺少“编号”列",
        "sheet “{sheet}” row {row}: no id (编号) column",
    ),
    "excel.no_id.hint": (
        "保留导出时的“编号”列；编号不能改动，新增事项请填新的编号",
        "keep the exported 编号 column; never change ids, give new items new ids",
    ),
    "excel.empty_id": (
        "工作表“{sheet}”第 {row} 行：编号为空",
        "sheet “{sheet}” row {row}: empty id",
    ),
    "excel.duplicate_id": (
        "工作表“{sheet}”第 {row} 行：编号 {id} 重复",
        "sheet “{sheet}” row {row}: duplicate id {id}",
    ),
    "excel.bad_cell": (
        "工作表“{sheet}”第 {row} 行“{column}”：{error}",
        "sheet “{sheet}” row {row}, column “{column}”: {error}",
    ),
    "excel.bad_date": ("不是日期（应为 YYYY-MM-DD）", "not a date (YYYY-MM-DD)"),
    "excel.formula_no_value": (
        "公式 {formula} 没有计算结果",
        "the formula {formula} has no computed value",
    ),
    "excel.formula_no_value.hint": (
        "用 Excel 或 WPS 打开并保存该文件（公式即有结果），或把这些单元格粘贴为数值",
        "open and save the workbook in Excel or WPS (so formulas get values), "
        "or paste the cells as values",
    ),
    "excel.bad_basis": (
        "法律依据每行一条，写作“法规名称 条款”或“法规名称|条款”",
        "legal basis: one per line, as “law|article”",
    ),
    "excel.summary.added": ("新增 {n}", "{n} added"),
    "excel.summary.changed": ("修改 {n}", "{n} changed"),
    "excel.summary.missing": (
        "表中缺少 {n}（已保留，请勿删行）",
        "{n} missing from the sheet (kept; do not delete rows)",
    ),
    "excel.list_missing": (
        "工作区没有 {kind} 清单文件 {path}",
        "the workspace has no {kind} list file {path}",
    ),
}
