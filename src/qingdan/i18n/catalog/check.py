"""Messages of ``qingdan check`` and ``qingdan test``: reason codes, lacks, steps, labels."""

MESSAGES: dict[str, tuple[str, str]] = {
    # reasons (the code table of docs/reference/reason-codes.md); {cite} names the rule applied
    "check.reason.CK100": (
        "属清单内事项，可以{ok}：{cite}",
        "on the list, so the community may {ok}: {cite}",
    ),
    "check.reason.CK101": (
        "所依据的{cite}现行有效，与申请事项相符，可以{ok}",
        "the cited {cite} is in force and agrees with the request: the community may {ok}",
    ),
    "check.reason.CK200": (
        "属{category}类突发事件，期限 {days} 天，未超过豁免期 {limit} 天{source}，免于准入程序：{cite}",
        "a {category} emergency of {days} days, within the {limit}-day exemption{source}: exempt "
        "from the entry procedure: {cite}",
    ),
    "check.reason.CK300": (
        "清单外事项，须按准入程序申请，审批通过后方可进入社区：{cite}",
        "not on the lists: it must pass the entry procedure before it reaches the community: "
        "{cite}",
    ),
    "check.reason.CK300.refused": (
        "清单外事项，按准入程序的要求审查：{cite}",
        "not on the lists, so the entry procedure's requirements apply: {cite}",
    ),
    "check.reason.CK301": (
        "与{cite}相近，是否为同一事项须人工确认",
        "close to {cite}; a person must confirm whether it is the same work",
    ),
    "check.reason.CK302": (
        "所依据的{cite}与申请事项不符，须人工确认",
        "the cited {cite} does not fit the request; a person must confirm it",
    ),
    "check.reason.CK307": (
        "{cite}尚未施行（判断日为 {as_of}），施行前须人工确认",
        "{cite} is not yet in force on {as_of}; a person must confirm it",
    ),
    "check.reason.CK310": (
        "申请须提前 {days} 个工作日（按法定节假日和调休计）书面提交，本申请不足：{cite}",
        "the department must apply {days} working days ahead (public holidays and make-up days "
        "counted); this request does not: {cite}",
    ),
    "check.reason.CK311": (
        "突发事件类别「{category}」不在豁免范围内：{cite}",
        "emergency category “{category}” is not one that is exempt: {cite}",
    ),
    "check.reason.CK312": (
        "突发事件须写明起止日期（豁免期最长 {limit} 天{source}），未写结束日期不予豁免",
        "an emergency must give its end date (exempt for at most {limit} days{source}); "
        "open-ended is not exempt",
    ),
    "check.reason.CK313": (
        "突发事件期限 {days} 天，超过最长豁免期 {limit} 天{source}，不予豁免",
        "the emergency lasts {days} days, longer than the {limit}-day exemption{source}: not "
        "exempt",
    ),
    "check.reason.CK400": (
        "该{kind}不在清单内，{no}：{cite}",
        "this {kind} is on no list, so the community will not {ok} it: {cite}",
    ),
    "check.reason.CK401": (
        "「{title}」列入{cite}，社区不应出具",
        "“{title}” is on {cite}: a community must not issue it",
    ),
    "check.reason.CK402": (
        "与已否决的{cite}相同：{why}",
        "the same as the vetoed {cite}: {why}",
    ),
    "check.reason.CK403": (
        "所依据的{cite}不在施行中，不能作为依据",
        "the cited {cite} is not in force and cannot be relied on",
    ),
    "check.reason.CK404": (
        "所依据的{cite}属于其他清单，不能用于{kind}",
        "the cited {cite} belongs to another list and cannot cover a {kind}",
    ),
    "check.reason.CK405": (
        "所依据的事项编号 {cid} 不在任何清单中",
        "the cited item id {cid} is on no list",
    ),
    "check.reason.CK406": (
        "未提供法律法规或政策依据：{cite}",
        "no legal basis given: {cite}",
    ),
    "check.reason.CK407": (
        "未落实经费或人员保障（经费为 0、空白或“无”视为未落实）：{cite}",
        "neither funding nor support given (0, blank or 无 is none): {cite}",
    ),
    "check.reason.CK407.entry": (
        "{cite}列入准入清单时以落实保障为条件，本申请未落实经费或人员保障（权随责走、费随事转）",
        "{cite} was admitted on condition that funding and support follow it; this request "
        "gives neither",
    ),
    "check.reason.CK408": (
        "基层代表评估一票否决{date}：{cite}",
        "vetoed by the grassroots representatives' evaluation{date}: {cite}",
    ),
    "check.reason.CK409": (
        "与{cite}相同，该事项不再由社区承担：{why}",
        "the same as {cite}, no longer community work: {why}",
    ),
    "check.reason.CK410": (
        "属于不得要求社区承担的事项，有依据和经费也不予准入：{cite}",
        "work communities may not be given, whatever its basis and funding: {cite}",
    ),
    "check.reason.CK500": (
        "附带要求（{kind}）「{title}」：{verdict}",
        "demand ({kind}) “{title}”: {verdict}",
    ),
    # how a rule is cited
    "check.cite.item": (
        "《{list}》{id}「{title}」（{doc}{status}）",
        "{id} “{title}” of {list} ({doc}{status})",
    ),
    "check.cite.item_bare": ("{id}「{title}」（{doc}{status}）", "{id} “{title}” ({doc}{status})"),
    "check.cite.document": ("《{document}》；", "{document}; "),
    "check.cite.source": ("（来源：{source}）", " (source: {source})"),
    "check.status.active": ("现行，{date} 起施行", "in force from {date}"),
    "check.status.pending": ("{date} 起施行", "in force from {date}"),
    "check.status.retired": ("已于 {date} 取消", "retired on {date}"),
    "check.status.vetoed": ("{date} 否决", "vetoed on {date}"),
    "check.status.listed": ("现行", "in force"),
    "check.status.record": ("从未施行，仅保留记录", "never in force, kept only as a record"),
    "check.status.illustrative": ("，日期为示例", "; illustrative date"),
    "check.limit_source": ("（{source}）", " ({source})"),
    "check.on_date": ("（{date}）", " ({date})"),
    # what the verdict means for each kind of request: (may …, refused)
    "check.ok.task": ("准入", "take it on"),
    "check.ok.ledger": ("建立", "keep it"),
    "check.ok.certificate": ("出具", "issue it"),
    "check.ok.plaque": ("挂牌", "hang it"),
    "check.ok.evaluation": ("参加", "take part"),
    "check.no.task": ("不予准入", "not taken on"),
    "check.no.ledger": ("不予建立", "not kept"),
    "check.no.certificate": ("不予出具", "not issued"),
    "check.no.plaque": ("不予挂牌", "not hung"),
    "check.no.evaluation": ("不参加", "not taken part in"),
    "check.verdict.certificate.admitted": ("可以出具", "may issue"),
    "check.verdict.certificate.rejected": ("不予出具", "will not issue"),
    "check.verdict.plaque.admitted": ("可以挂牌", "may hang"),
    "check.verdict.plaque.rejected": ("不予挂牌", "will not hang"),
    "check.verdict.evaluation.admitted": ("可以参加", "may take part"),
    "check.verdict.evaluation.rejected": ("不参加", "will not take part"),
    "check.verdict.ledger.admitted": ("可以建立", "may keep"),
    "check.verdict.ledger.rejected": ("不予建立", "will not keep"),
    # why a candidate matched
    "check.why.exact": ("名称相同：{text}", "same name: {text}"),
    "check.why.contains": ("含事项名称「{text}」", "contains the item name “{text}”"),
    "check.why.shared": ("共同词「{text}」", "shared words “{text}”"),
    "check.why.keyword": ("关键词「{text}」", "keyword “{text}”"),
    "check.why.synonym": ("同义词 {text}", "synonym {text}"),
    "check.why.narrower": ("下位词 {text}", "narrower term {text}"),
    "check.why.generic": ("仅通用词「{text}」相同", "only the generic “{text}” in common"),
    "check.label.why": ("匹配依据", "why"),
    "check.label.score": ("得分", "score"),
    "check.label.status": ("状态", "status"),
    "item.status.active": ("现行", "active"),
    "item.status.retired": ("已取消", "retired"),
    "item.status.vetoed": ("已否决", "vetoed"),
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
        "cases.codes_not_list": (
            "expect.codes 应为理由代码的列表，例如 [CK402]，而不是 {value}",
            "expect.codes must be a list of reason codes, e.g. [CK402], not {value}",
        ),
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
