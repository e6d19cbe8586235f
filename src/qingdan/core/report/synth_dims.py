"""Fixed dimension data for synthetic activity logs: Dalian's districts and streets, departments,
and the off-list work communities report doing (DESIGN §3 report; shared/reference/dalian.md).

Districts and counties are Dalian's ten; streets are real street offices (街道) and towns of each,
those named in the press reports first. Community names are made up (stems + suffixes), with the
real ones from the reports kept. Off-list titles are the work a community should not be given:
the national negative certificate list (民发〔2020〕20号, public-lists.md §B1), plaques and
appraisals outside the lists, duplicate ledgers, and tasks the "八个不得" rules forbid.
"""

from __future__ import annotations

#: district → its street offices (街道) and towns
STREETS: dict[str, tuple[str, ...]] = {
    "中山区": (
        "老虎滩街道",
        "海军广场街道",
        "人民路街道",
        "桃源街道",
        "青泥洼桥街道",
        "葵英街道",
        "昆明街道",
        "桂林街道",
        "华乐街道",
    ),
    "西岗区": ("八一路街道", "香炉礁街道", "白云街道", "日新街道", "人民广场街道", "北京街道"),
    "沙河口区": (
        "李家街道",
        "春柳街道",
        "马栏街道",
        "南沙河口街道",
        "黑石礁街道",
        "西安路街道",
        "兴工街道",
        "星海湾街道",
    ),
    "甘井子区": (
        "辛寨子街道",
        "周水子街道",
        "椒金山街道",
        "泉水街道",
        "红旗街道",
        "凌水街道",
        "大连湾街道",
        "机场街道",
        "营城子街道",
        "革镇堡街道",
        "南关岭街道",
        "中华路街道",
        "甘井子街道",
    ),
    "旅顺口区": (
        "光荣街道",
        "登峰街道",
        "市场街道",
        "得胜街道",
        "铁山街道",
        "水师营街道",
        "龙王塘街道",
        "长城街道",
        "三涧堡街道",
    ),
    "金普新区": (
        "湾里街道",
        "二十里堡街道",
        "友谊街道",
        "拥政街道",
        "先进街道",
        "光明街道",
        "大魏家街道",
        "金石滩街道",
        "董家沟街道",
        "马桥子街道",
        "大孤山街道",
        "杏树街道",
        "登沙河街道",
        "亮甲店街道",
        "七顶山街道",
        "华家街道",
        "向应街道",
        "石河街道",
    ),
    "普兰店区": ("丰荣街道", "铁西街道", "太平街道", "南山街道", "皮口街道", "城子坦街道"),
    "瓦房店市": ("共济街道", "岗店街道", "文兰街道", "祝华街道", "长兴岛街道"),
    "庄河市": ("昌盛街道", "新华街道", "兴达街道", "城关街道", "明阳街道"),
    "长海县": ("大长山岛镇", "小长山岛镇", "獐子岛镇", "广鹿岛镇", "海洋岛镇"),
}

#: communities named in the press reports (street → names), kept as they are
NAMED_COMMUNITIES: dict[str, tuple[str, ...]] = {
    "八一路街道": ("林茂社区",),
    "香炉礁街道": ("秀秀社区",),
    "日新街道": ("兴业社区",),
    "老虎滩街道": ("中兴社区",),
    "辛寨子街道": ("和合居社区",),
    "湾里街道": ("城志社区",),
    "二十里堡街道": ("二十里村",),
    "丰荣街道": ("久寿社区",),
    "大长山岛镇": ("四块石社区",),
}

#: districts' relative size (communities per street): the central districts are dense
DENSITY: dict[str, int] = {
    "中山区": 10,
    "西岗区": 12,
    "沙河口区": 13,
    "甘井子区": 14,
    "旅顺口区": 8,
    "金普新区": 14,
    "普兰店区": 9,
    "瓦房店市": 9,
    "庄河市": 8,
    "长海县": 5,
}

STEMS = "春华明兴和安福阳海山新星青长景泰瑞东西南北丰金绿康宁松柏桃李芳园林秀嘉锦富"
SUFFIXES = ("苑", "园", "里", "湾", "桥", "岭", "庭", "港", "路", "街", "坊", "城")

#: departments that push work without an item (besides the items' own departments)
EXTRA_DEPARTMENTS: tuple[str, ...] = (
    "街道办事处",
    "区委宣传部",
    "区住建局",
    "区城市管理局",
    "市统计局",
    "市税务局",
    "市医保局",
    "市消防救援支队",
    "区网信办",
    "市融媒体中心",
)

#: (request kind, department, title) of off-list work; repeated entries weigh more
OFF_LIST: tuple[tuple[str, str, str], ...] = (
    ("certificate", "市公安局", "亲属关系证明"),
    ("certificate", "市公安局", "居民身份信息证明"),
    ("certificate", "市公安局", "无犯罪记录证明"),
    ("certificate", "市公安局", "人员失踪证明"),
    ("certificate", "市民政局", "婚姻状况证明"),
    ("certificate", "市卫健委", "出生证明"),
    ("certificate", "市卫健委", "死亡证明"),
    ("certificate", "市卫健委", "疾病状况证明"),
    ("certificate", "市残联", "残疾状况证明"),
    ("certificate", "市卫健委", "婚育状况证明"),
    ("certificate", "市人社局", "居民就业状况证明"),
    ("certificate", "市人社局", "居民个人档案证明"),
    ("certificate", "市住建局", "居民财产证明"),
    ("certificate", "市司法局", "遗产继承权证明"),
    ("certificate", "市市场监管局", "市场主体住所证明"),
    ("certificate", "市公安局", "证件遗失证明"),
    ("certificate", "市燃气集团", "燃气本丢失证明"),
    ("certificate", "市教育局", "学区常住证明"),
    ("plaque", "区委宣传部", "社区网络安全宣传站"),
    ("plaque", "市市场监管局", "食品安全工作站"),
    ("plaque", "区住建局", "垃圾分类指导站"),
    ("plaque", "市统计局", "统计工作站"),
    ("plaque", "市消防救援支队", "微型消防站"),
    ("plaque", "区网信办", "网络舆情信息员工作室"),
    ("evaluation", "区城市管理局", "垃圾分类示范社区评比"),
    ("evaluation", "市统计局", "统计工作先进社区考核"),
    ("evaluation", "市融媒体中心", "政务新媒体关注量排名考核"),
    ("evaluation", "区委宣传部", "平安宣传知晓率考核"),
    ("evaluation", "市医保局", "城乡居民医保参保率考核"),
    ("ledger", "区城市管理局", "垃圾分类入户宣传台账"),
    ("ledger", "市统计局", "经济普查入户登记台账"),
    ("ledger", "市消防救援支队", "消防安全隐患排查台账"),
    ("ledger", "市卫健委", "健康教育活动台账"),
    ("ledger", "区委宣传部", "宣传活动照片台账"),
    ("task", "市税务局", "协税护税"),
    ("task", "市医保局", "城乡居民医保征缴任务"),
    ("task", "区委宣传部", "报刊杂志征订"),
    ("task", "区城市管理局", "拆违控违执法"),
    ("task", "街道办事处", "招商引资任务"),
    ("task", "市融媒体中心", "政务APP下载推广"),
    ("task", "区网信办", "工作群打卡接龙"),
    ("task", "街道办事处", "上传工作截图留痕"),
    ("task", "市消防救援支队", "高层住宅消防巡查执法"),
    ("task", "街道办事处", "签订安全生产责任状"),
    ("task", "市统计局", "人口抽样调查入户"),
    ("task", "市卫健委", "健康码核验值守"),
)

#: paraphrase frames around an item name ({} is the name)
FRAMES: tuple[str, ...] = (
    "{}",
    "{}",
    "{}",
    "协助开展{}",
    "做好{}工作",
    "关于{}的通知",
    "{}相关工作",
    "配合街道{}",
    "{}（本周）",
    "落实{}",
)
