"""Messages of ``qingdan check`` and ``qingdan test``: reason codes, lacks, steps, labels."""

MESSAGES: dict[str, tuple[str, str]] = {
    # reasons (the code table of docs/readme-check.md)
    "check.reason.CK100": (
        "清单内事项：{id}「{title}」（匹配得分 {score}）",
        "on the list: {id} “{title}” (match score {score})",
    ),
    "check.reason.CK101": (
        "所依据的 {id}「{title}」现行有效，且与申请事项相符（得分 {score}）",
        "the cited {id} “{title}” is in force and agrees with the request (score {score})",
    ),
    "check.reason.CK200": (
        "属{category}类突发事件，期限 {days} 天（不超过 {limit} 天），免于准入程序",
        "a {category} emergency lasting {days} days (at most {limit}): exempt from the entry "
        "procedure",
    ),
    "check.reason.CK300": (
        "清单外事项：须按准入程序申请，审批通过后方可进入社区",
        "not on the lists: it must go through the entry procedure before it reaches the community",
    ),
    "check.reason.CK301": (
        "与 {id}「{title}」相近但不足以认定（得分 {score}，认定需 ≥ {admit}），请人工复核",
        "close to {id} “{title}” but not enough to admit (score {score}, admitting needs "
        "≥ {admit}): a person must review it",
    ),
    "check.reason.CK302": (
        "所依据的 {id}「{title}」与申请事项不符，请人工复核",
        "the cited {id} “{title}” does not agree with the request: a person must review it",
    ),
    "check.reason.CK307": (
        "{id}「{title}」自 {date} 起施行，判断日尚未生效",
        "{id} “{title}” takes effect on {date}, after the day judged",
    ),
    "check.reason.CK310": (
        "申请单位应提前 {days} 个工作日书面申请，本申请不足",
        "the department must apply {days} working days ahead; this request does not",
    ),
    "check.reason.CK311": (
        "突发事件类别「{category}」不在豁免范围内",
        "emergency category “{category}” is not one that is exempt",
    ),
    "check.reason.CK312": (
        "突发事件须写明起止日期（豁免期最长 {days} 天），未写结束日期不予豁免",
        "an emergency must give its end date (exempt for at most {days} days); open-ended is "
        "not exempt",
    ),
    "check.reason.CK313": (
        "突发事件期限 {days} 天，超过最长豁免期 {limit} 天，不予豁免",
        "the emergency lasts {days} days, longer than the {limit}-day exemption: not exempt",
    ),
    "check.reason.CK400": (
        "{kind}不在清单内，按规定不予受理（清单之外可以说“不”）",
        "this {kind} is not on the list and is refused outright (outside the lists, a "
        "community may say no)",
    ),
    "check.reason.CK401": (
        "「{title}」列入《{source}》，社区不应出具",
        "“{title}” is on the negative list ({source}): a community must not issue it",
    ),
    "check.reason.CK402": (
        "与 {id}「{title}」相同，该事项已于 {date} 被否决：{why}",
        "the same as {id} “{title}”, vetoed by the representatives on {date}: {why}",
    ),
    "check.reason.CK403": (
        "所依据的 {id}「{title}」已于 {date} 取消，不能作为依据",
        "the cited {id} “{title}” was retired on {date} and cannot be relied on",
    ),
    "check.reason.CK404": (
        "所依据的 {id}「{title}」属于其他清单，不能用于{kind}",
        "the cited {id} “{title}” belongs to another list and cannot cover a {kind}",
    ),
    "check.reason.CK405": (
        "所依据的事项编号 {cid} 在清单中不存在",
        "the cited item id {cid} is on no list",
    ),
    "check.reason.CK406": (
        "未提供法律法规或政策依据，准入程序要求依法准入",
        "no legal basis given; the entry procedure requires one",
    ),
    "check.reason.CK407": (
        "未落实经费或人员等保障（权随责走、费随事转）",
        "neither funding nor support given (authority and money must follow the task)",
    ),
    "check.reason.CK408": (
        "基层代表评估一票否决（{date}）",
        "vetoed by the grassroots representatives' evaluation ({date})",
    ),
    "check.reason.CK409": (
        "与已取消事项 {id}「{title}」相同（{date} 取消：{why}）",
        "the same as the retired item {id} “{title}” (retired {date}: {why})",
    ),
    "check.reason.CK500": (
        "附带要求（{kind}）「{title}」：{verdict}",
        "demand ({kind}) “{title}”: {verdict}",
    ),
    # what a review form still lacks
    "check.lack.description": (
        "工作内容及社区承担的具体环节",
        "the work and the community's part in it",
    ),
    "check.lack.period": ("期限（起止日期）", "the period (start and end dates)"),
    "check.lack.submitted": ("提交日期", "the submission date"),
    "check.lack.funding": ("经费保障（金额与来源）", "funding (amount and source)"),
    "check.lack.support": ("人员、培训、权限等保障", "staff, training and authority"),
    "check.lack.consultation": ("基层代表评估结果", "the grassroots representatives' evaluation"),
    "check.lack.lead_time": (
        "提前 {days} 个工作日提交申请",
        "submission {days} working days before the work starts",
    ),
    # the entry procedure's steps
    "check.step.apply": (
        "申请：职能部门填写《申请准入社区工作事项审批表》，附法律依据与经费、人员保障",
        "apply: the department files the application form with legal basis, funding and support",
    ),
    "check.step.assess": (
        "审核：可行性、合理性评估",
        "assess: feasibility and reasonableness review",
    ),
    "check.step.consult": (
        "基层代表评估：街道、社区代表评估，可一票否决",
        "consult: street and community representatives evaluate it and may veto it",
    ),
    "check.step.approve": ("审批：准入工作机构审批", "approve: the admission body decides"),
    "check.step.publish": (
        "公布：纳入《申请进入社区工作事项清单》并公布",
        "publish: added to the entry list and published",
    ),
    # labels
    "check.verdict.admitted": ("准入", "admitted"),
    "check.verdict.review": ("需复核", "review"),
    "check.verdict.rejected": ("不予准入", "rejected"),
    "check.verdict.exempt": ("豁免", "exempt"),
    "check.kind.task": ("工作事项", "task"),
    "check.kind.ledger": ("台账", "ledger"),
    "check.kind.certificate": ("证明", "certificate"),
    "check.kind.plaque": ("挂牌", "plaque"),
    "check.kind.evaluation": ("考核评比", "evaluation"),
    "check.label.verdict": ("结论", "verdict"),
    "check.label.reasons": ("理由", "reasons"),
    "check.label.match": ("匹配事项", "matched item"),
    "check.label.candidates": ("其他候选", "other candidates"),
    "check.label.demands": ("附带要求", "demands"),
    "check.label.steps": ("准入程序", "entry procedure"),
    "check.label.lacks": ("申请表尚缺", "the form still lacks"),
    "check.label.evidence": ("匹配依据", "evidence"),
    "check.label.request": ("申请", "request"),
    "check.label.as_of": ("判断日", "as of"),
    "check.label.summary": ("汇总", "summary"),
    "check.label.decision_id": ("决定编号", "decision id"),
    # input problems
    "check.invalid_request": ("申请不符合格式：{errors}", "invalid request: {errors}"),
    "check.not_utf8": ("文件不是 UTF-8 编码", "the file is not UTF-8"),
    "check.bad_json": ("JSON 语法错误：{error}", "JSON syntax error: {error}"),
    "check.not_request": (
        "文件应是一个申请或申请列表",
        "a request file holds one request or a list of them",
    ),
    "check.bad_encoding": (
        "无法识别文件编码（支持 UTF-8、UTF-8 BOM、GBK/GB18030）",
        "unknown encoding (UTF-8, UTF-8 with BOM or GBK/GB18030 expected)",
    ),
    "check.bad_table": ("表格无法读取：{error}", "the table cannot be read: {error}"),
    "check.bad_header": (
        "表头无法识别：{columns}（须有“事项名称”列，其他列按 qingdan.toml [check.columns] 映射）",
        "unknown column(s): {columns} (a title column is required; map others in qingdan.toml "
        "[check.columns])",
    ),
    "check.problems": (
        "{count} 个申请文件或条目无法读取，其余已作出决定",
        "{count} request file(s) or entries could not be read; the others were decided",
    ),
    "check.no_input": ("请指定申请文件或目录", "name request files or folders"),
    "check.no_requests": ("没有找到申请：{paths}", "no requests found in: {paths}"),
}

MESSAGES.update(
    {
        "cases.not_mapping": (
            "用例应是一个映射（name、request、expect）",
            "a case is a mapping (name, request, expect)",
        ),
        "cases.bad_verdict": (
            "expect.verdict 无效：{verdict}（可选 {choices}）",
            "expect.verdict is invalid: {verdict} (one of {choices})",
        ),
        "cases.bad_code": ("未知的理由代码：{code}", "unknown reason code: {code}"),
        "cases.mismatch": (
            "预期 {expected}，实际 {verdict}；缺少理由代码：{missing}",
            "expected {expected}, got {verdict}; missing reason codes: {missing}",
        ),
        "cases.pass": ("通过", "pass"),
        "cases.fail": ("失败", "FAIL"),
        "cases.error": ("错误", "ERROR"),
        "cases.summary": (
            "{total} 个用例：{passed} 通过，{failed} 失败，{errors} 无法读取",
            "{total} cases: {passed} passed, {failed} failed, {errors} unreadable",
        ),
        "cases.none": (
            "没有找到决定用例：{path}（在 cases/*.yaml 中编写用例）",
            "no decision cases in {path} (write them as cases/*.yaml)",
        ),
    }
)
