"""Messages of the option parser, help, shell completion and first-day notices (issue 14)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # help formatter
    "parser.usage": ("用法：", "Usage: "),
    "parser.options_metavar": ("[选项]", "[OPTIONS]"),
    "parser.command_metavar": ("命令 [参数]...", "COMMAND [ARGS]..."),
    "parser.heading.options": ("选项", "Options"),
    "parser.heading.arguments": ("参数", "Arguments"),
    "parser.heading.commands": ("命令", "Commands"),
    "parser.help_option": ("显示本帮助并退出。", "Show this message and exit."),
    "parser.default": ("默认", "default"),
    "parser.required": ("必填", "required"),
    "parser.env_var": ("环境变量", "env var"),
    "root.help": (
        "清单：社区工作准入清单工具。\n\n"
        "退出码：0 正常 · 1 发现问题 · 2 用法错误 · 3 输入数据无法读取 · 70 内部错误 · 130 中断。",
        "qingdan: community work admission lists as data.\n\n"
        "Exit status: 0 fine, 1 problems found, 2 usage error, 3 unreadable input, "
        "70 internal error, 130 interrupted.",
    ),
    # option-parser errors (the English side is click's own wording)
    "parser.error": ("错误：", "Error: "),
    "parser.try_help": ("运行 '{command}' 查看帮助。", "Try '{command}' for help."),
    "parser.no_such_option": ("没有这个选项：{name}。{rest}", "No such option: {name} {rest}"),
    "parser.no_such_command": ("没有这个命令：{name}。{rest}", "No such command '{name}'. {rest}"),
    "parser.invalid_for": ("{hint} 的值无效：{message}", "Invalid value for {hint}: {message}"),
    "parser.invalid": ("值无效：{message}", "Invalid value: {message}"),
    "parser.missing_argument": ("缺少参数 {hint}。{rest}", "Missing argument {hint}. {rest}"),
    "parser.missing_option": ("缺少选项 {hint}。{rest}", "Missing option {hint}. {rest}"),
    "parser.requires_argument": (
        "选项 {name} 需要一个值。",
        "Option '{name}' requires an argument.",
    ),
    "parser.requires_n": ("选项 {name} 需要 {n} 个值。", "Option '{name}' requires {n} arguments."),
    "parser.no_value": ("选项 {name} 不带值。", "Option '{name}' does not take a value."),
    "parser.extra": ("多余的参数：{args}", "Got unexpected extra arguments ({args})"),
    "parser.missing_command": ("缺少命令。", "Missing command."),
    "parser.not_valid": ("'{value}' 不是有效的{type}。", "'{value}' is not a valid {type}."),
    "parser.type.integer": ("整数", "integer"),
    "parser.type.int range": ("整数", "int range"),
    "parser.type.float": ("数字", "float"),
    "parser.type.float range": ("数字", "float range"),
    "parser.type.boolean": ("布尔值（true/false）", "boolean"),
    "parser.not_in_range": (
        "{value} 不在范围 {range} 内。",
        "{value} is not in the range {range}.",
    ),
    "parser.not_choice": (
        "'{value}' 不是可选值之一：{choices}。",
        "'{value}' is not one of {choices}.",
    ),
    "parser.did_you_mean": ("你是想输入 {name} 吗？", "Did you mean {name}?"),
    "parser.possible": ("（可用的选项：{names}）", "(Possible options: {names})"),
    # shell completion
    "completion.unknown_shell": (
        "不支持的 shell：{shell}（可用：bash、zsh、fish、powershell）",
        "shell {shell} is not supported (bash, zsh, fish, powershell)",
    ),
    "completion.no_shell": (
        "无法判断当前 shell，请指明：--show-completion bash|zsh|fish|powershell",
        "cannot tell which shell this is; name it: --show-completion bash|zsh|fish|powershell",
    ),
    "completion.installed": (
        "已为 {shell} 安装补全：{path}（重新打开终端后生效）",
        "{shell} completion installed in {path} (open a new terminal to use it)",
    ),
    # JSON-Schema findings, one per keyword ({message} is the validator's English wording)
    "schema.at": ("{where}：{message}", "{where}: {message}"),
    "schema.other": ("{message}", "{message}"),
    "schema.required": ("缺少必填字段 {name}", "'{name}' is a required property"),
    "schema.type": ("{value} 的类型不对，应为 {expected}", "{value} is not of type {expected}"),
    "schema.type.string": ("文本", "string"),
    "schema.type.integer": ("整数", "integer"),
    "schema.type.number": ("数字", "number"),
    "schema.type.boolean": ("是或否（true/false）", "boolean"),
    "schema.type.null": ("空（null）", "null"),
    "schema.type.array": ("列表", "array"),
    "schema.type.object": ("映射（键: 值）", "object"),
    "schema.format.date": ("日期", "date"),
    "schema.format.date-time": ("日期时间", "date-time"),
    "schema.format.email": ("电子邮件地址", "email"),
    "schema.format.uri": ("网址", "uri"),
    "schema.enum": ("{value} 不是可选值之一：{expected}", "{value} is not one of {expected}"),
    "schema.const": ("{value} 应为 {expected}", "{value} should be {expected}"),
    "schema.pattern": ("{value} 不符合格式 {expected}", "{value} does not match {expected}"),
    "schema.format": (
        "{value} 不是有效的{expected}（日期写作 YYYY-MM-DD）",
        "{value} is not a valid {expected}",
    ),
    "schema.minLength": (
        "{value} 太短（至少 {expected} 个字符），不能为空",
        "{value} is too short (at least {expected})",
    ),
    "schema.maxLength": (
        "{value} 太长（最多 {expected} 个字符）",
        "{value} is too long (at most {expected})",
    ),
    "schema.minItems": (
        "{value} 至少要有 {expected} 项",
        "{value} should have at least {expected} items",
    ),
    "schema.maxItems": (
        "{value} 最多 {expected} 项",
        "{value} should have at most {expected} items",
    ),
    "schema.minimum": (
        "{value} 小于最小值 {expected}",
        "{value} is less than the minimum of {expected}",
    ),
    "schema.maximum": (
        "{value} 大于最大值 {expected}",
        "{value} is greater than the maximum of {expected}",
    ),
    "schema.anyOf": (
        "{value} 不符合任何一种允许的写法",
        "{value} is not valid under any of the given schemas",
    ),
    "schema.oneOf": (
        "{value} 不符合任何一种允许的写法",
        "{value} is not valid under any of the given schemas",
    ),
    # maintainers' first day
    "cases.mismatch_codes": (
        "预期 {expected}，实际 {verdict}；理由代码：预期 {expected_codes}，实际 {codes}；缺少：{missing}",
        "expected {expected}, got {verdict}; codes expected {expected_codes}, got {codes}; missing: {missing}",
    ),
    "excel.dry_run": (
        "试运行，未写入任何文件。若导入 {path}：{summary}",
        "dry run, nothing written. Importing {path} would give: {summary}",
    ),
    "init.hooks_at_root": (
        "pre-commit 只读仓库根目录的配置：已写入 {path}（钩子只看 {prefix}/ 下的文件，并以 -w {prefix} 运行）",
        "pre-commit reads its config only at the repository root: wrote {path} (hooks watch {prefix}/ and run with -w {prefix})",
    ),
    "init.hooks_add": (
        "{path} 已存在，未改动。请在其中的 repos: 下加入：\n{block}",
        "{path} exists and was left alone. Add this under its repos: key:\n{block}",
    ),
    "init.workflow_at_root": (
        "GitHub 只读仓库根目录的工作流：已写入 {path}",
        "GitHub reads workflows only at the repository root: wrote {path}",
    ),
    "init.workflow_exists": (
        "{path} 已存在，未改动；示例见 {example}，可把其中的步骤并入",
        "{path} exists and was left alone; the example is in {example}, merge its steps in",
    ),
    "init.ci_install": (
        'CI 示例用 pip install "{spec}" 安装 qingdan（升级时修改该行）',
        'the CI example installs qingdan with pip install "{spec}" (change it when you upgrade)',
    ),
    # report.html: charts that explain themselves, the heat table
    "report.chart.rows": ("活动数（行）", "Activities (rows)"),
    "report.chart.department_axis": ("部门", "Department"),
    "report.chart.district_axis": ("区县", "District"),
    "report.chart.off_share": ("清单外占比", "Off-list share"),
    "report.heat": ("各社区每月清单外工时", "Off-list hours per community per month"),
    "report.heat.caption": (
        "各社区每月的清单外工时（含待复核），{rows} 个社区 × {months} 个月；颜色越深工时越多；点击表头排序。",
        "Off-list hours (needs-review included) per community per month, {rows} communities × {months} months; darker means more hours; click a header to sort.",
    ),
    "progress.check": ("审查申请", "deciding requests"),
}
