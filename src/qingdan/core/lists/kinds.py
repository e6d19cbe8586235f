"""The seven list kinds, their id prefixes and titles, and which request kinds they cover.

Besides the seven, a workspace may keep *reference lists* that cover no request: the national
negative certificate list (``negative-certificates``, prefix ``FM``, 民发〔2020〕20号) names what a
community must never issue; the prohibited-task list (``prohibited-tasks``, prefix ``JZ``) what
departments may not push onto communities at all (``qingdan check`` matches both first). They
are loaded, validated, shown and searched like the seven, but are never counted in the
reduction rate and never admit a request.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ListKind:
    key: str
    prefix: str
    title: str  #: the Chinese list title
    english: str
    needs_legal_basis: bool = False


KINDS: tuple[ListKind, ...] = (
    ListKind("self-governance", "ZZ", "社区依法自治工作事项清单", "self-governance work"),
    ListKind(
        "assisted", "XZ", "社区依法（规）协助政府工作事项清单", "assisted government work", True
    ),
    ListKind("entry", "ZR", "申请进入社区工作事项清单", "work admitted by entry procedure", True),
    ListKind("ledgers", "TZ", "社区建立台账事项清单", "ledgers"),
    ListKind("certificates", "ZM", "社区出具证明事项清单", "certificates"),
    ListKind("plaques", "GP", "城乡社区挂牌清单", "plaques"),
    ListKind("evaluations", "KP", "社区考核评比事项清单", "evaluations"),
)
NEGATIVE_CERTIFICATES = "negative-certificates"
PROHIBITED_TASKS = "prohibited-tasks"
REFERENCE_KINDS: tuple[ListKind, ...] = (
    ListKind(
        NEGATIVE_CERTIFICATES,
        "FM",
        "不应由基层群众性自治组织出具证明事项清单",
        "national negative certificate list",
    ),
    ListKind(
        PROHIBITED_TASKS,
        "JZ",
        "不得要求社区承担的工作事项清单",
        "tasks communities may not be given",
    ),
)
ALL_KINDS: tuple[ListKind, ...] = KINDS + REFERENCE_KINDS
BY_KEY: dict[str, ListKind] = {k.key: k for k in ALL_KINDS}
BY_PREFIX: dict[str, ListKind] = {k.prefix: k for k in ALL_KINDS}
KIND_KEYS: tuple[str, ...] = tuple(k.key for k in KINDS)  #: the seven lists
REFERENCE_KEYS: tuple[str, ...] = tuple(k.key for k in REFERENCE_KINDS)
ALL_KEYS: tuple[str, ...] = KIND_KEYS + REFERENCE_KEYS

#: Request/activity kinds and the lists that can cover them.
REQUEST_KINDS: dict[str, tuple[str, ...]] = {
    "task": ("self-governance", "assisted", "entry"),
    "ledger": ("ledgers",),
    "certificate": ("certificates",),
    "plaque": ("plaques",),
    "evaluation": ("evaluations",),
}

#: Chinese names people write for request/activity kinds (Excel exports, forms).
KIND_ALIASES: dict[str, str] = {
    "task": "task",
    "工作事项": "task",
    "事项": "task",
    "工作": "task",
    "任务": "task",
    "ledger": "ledger",
    "台账": "ledger",
    "certificate": "certificate",
    "证明": "certificate",
    "plaque": "plaque",
    "挂牌": "plaque",
    "牌子": "plaque",
    "evaluation": "evaluation",
    "考核评比": "evaluation",
    "评比": "evaluation",
    "考核": "evaluation",
}


def kind_for_id(item_id: str) -> ListKind | None:
    """The list kind an id's prefix belongs to (``XZ-007`` → assisted)."""
    prefix = item_id.split("-", 1)[0]
    return BY_PREFIX.get(prefix)
