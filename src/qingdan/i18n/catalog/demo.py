"""Messages of ``qingdan demo``."""

MESSAGES: dict[str, tuple[str, str]] = {
    "demo.validate": (
        "① 校验清单：{files} 个文件、{items} 个事项，{errors} 个错误、{warnings} 个警告",
        "1. validate: {files} files, {items} items, {errors} errors, {warnings} warnings",
    ),
    "demo.check": (
        "② 审查 {count} 份示例申请：准入 {admitted}、需复核 {review}、不予准入 {rejected}、豁免 {exempt}",
        "2. check {count} example requests: admitted {admitted}, review {review}, rejected {rejected}, exempt {exempt}",
    ),
    "demo.rate": (
        "③ 精简率：社区工作事项 {before} → {after}（{rate}）",
        "3. reduction rate: community work items {before} → {after} ({rate})",
    ),
    "demo.generate": (
        "④ 生成 {rows} 行模拟活动日志：{path}",
        "4. generated {rows} synthetic activity rows: {path}",
    ),
    "demo.report": (
        "⑤ 报告：读入 {read} 行 = 判定 {judged} + 拒收 {rejected}；清单内占比 {share}，清单外 {off} 行",
        "5. report: {read} rows read = {judged} judged + {rejected} rejected; on-list share {share}, {off} off-list rows",
    ),
    "demo.done": ("用浏览器打开报告：{path}", "open the report in a browser: {path}"),
}
