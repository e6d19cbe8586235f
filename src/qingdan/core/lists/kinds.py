"""The seven list kinds, their id prefixes and titles, and which request kinds they cover."""

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
    ListKind(
        "prohibited-tasks",
        "JZ",
        "不得要求社区承担的工作事项清单",
        "tasks communities may not be given",
    ),
)
#: Precedent lists: what a request must not be (never admit anything, not counted in rates).
PROHIBITED_TASKS = "prohibited-tasks"
NEGATIVE_CERTIFICATES = "negative-certificates"
BY_KEY: dict[str, ListKind] = {k.key: k for k in KINDS}
BY_PREFIX: dict[str, ListKind] = {k.prefix: k for k in KINDS}
KIND_KEYS: tuple[str, ...] = tuple(k.key for k in KINDS)

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
