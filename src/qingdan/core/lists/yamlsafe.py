"""Safe, strict YAML loading that keeps line marks (STYLE §8).

PyYAML's defaults are wrong for list data: it keeps the last of two duplicate keys silently,
turns ``2024-01-01`` into a date (so ``format: date`` cannot check it), turns ``no``/``on`` into
booleans (YAML 1.1), and expands alias bombs until memory runs out. Here the C parser composes a
node tree (fast), and a small walker builds plain Python data from it while recording where every
value sits, collecting problems instead of stopping at the first. Limits: file size, expanded node
count and nesting depth.
"""

from __future__ import annotations

import gc
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from qingdan.core.limits import (
    MAX_INT_DIGITS,
    MAX_SCALAR_CHARS,
    LimitExceeded,
    regular_file,
    yaml_text_depth_ok,
)
from qingdan.messages import Text, msg

MAX_BYTES = 32 * 1024 * 1024
MAX_NODES = 1_000_000

Loc = tuple[int, int]
PathKey = tuple[str | int, ...]

try:
    _Base: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Base = yaml.SafeLoader


class StrictLoader(_Base):  # type: ignore[misc]
    """A resolver without timestamps, YAML 1.1 booleans or sexagesimal numbers."""


StrictLoader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag
        not in (
            "tag:yaml.org,2002:timestamp",
            "tag:yaml.org,2002:bool",
            "tag:yaml.org,2002:int",
            "tag:yaml.org,2002:float",
        )
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
for _tag, _pattern, _first in (
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("tag:yaml.org,2002:int", r"^[-+]?[0-9]+$", "-+0123456789"),
    (
        "tag:yaml.org,2002:float",
        r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$",
        "-+0123456789.",
    ),
):
    StrictLoader.add_implicit_resolver(_tag, re.compile(_pattern), list(_first))


@dataclass(frozen=True)
class Problem:
    line: int
    column: int
    code: str
    message: Text


@dataclass
class Loaded:
    """The data of one YAML document plus where each value sits (1-based line, column)."""

    data: Any = None
    marks: dict[PathKey, Loc] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def mark(self, path: PathKey) -> Loc:
        """The mark of ``path``, or of its nearest ancestor that has one."""
        while path not in self.marks and path:
            path = path[:-1]
        return self.marks.get(path, (1, 1))


class _Budget(Exception):
    pass


class _Cycle(Exception):
    pass


def _expanded_size(root: yaml.Node, limit: int) -> int:
    """How many nodes building ``root`` would make, counting each alias use; stops past ``limit``.

    Memoized over the composed DAG, so an alias bomb is measured in microseconds, not expanded.
    """
    memo: dict[int, int] = {}
    active: set[int] = set()

    def size(node: yaml.Node) -> int:
        key = id(node)
        if key in memo:
            return memo[key]
        if key in active:
            raise _Cycle
        active.add(key)
        total = 1
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                total += size(k) + size(v)
                if total > limit:
                    break
        elif isinstance(node, yaml.SequenceNode):
            for child in node.value:
                total += size(child)
                if total > limit:
                    break
        active.discard(key)
        memo[key] = total
        return total

    return size(root)


class _Builder:
    def __init__(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self.nodes = 0

    def problem(self, node: yaml.Node, code: str, message: Text) -> None:
        mark = node.start_mark
        self.loaded.problems.append(Problem(mark.line + 1, mark.column + 1, code, message))

    def build(self, node: yaml.Node, path: PathKey) -> Any:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise _Budget
        self.loaded.marks.setdefault(path, (node.start_mark.line + 1, node.start_mark.column + 1))
        if isinstance(node, yaml.MappingNode):
            if node.tag != "tag:yaml.org,2002:map":
                self.problem(node, "QD001", msg("yaml.bad_tag", tag=node.tag))
            return self.mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            if node.tag != "tag:yaml.org,2002:seq":
                self.problem(node, "QD001", msg("yaml.bad_tag", tag=node.tag))
            return [self.build(child, (*path, i)) for i, child in enumerate(node.value)]
        return self.scalar(node)

    def mapping(self, node: yaml.MappingNode, path: PathKey) -> dict[Any, Any]:
        out: dict[Any, Any] = {}
        merges: list[yaml.Node] = []
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                merges.append(value_node)
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self.problem(key_node, "QD002", msg("yaml.complex_key"))
                continue
            key = self.scalar(key_node)
            if not isinstance(key, str):
                key = str(key)
            if key in out:
                self.problem(key_node, "QD002", msg("yaml.duplicate_key", key=key))
                continue
            out[key] = self.build(value_node, (*path, key))
        # YAML merge keys: the mapping's own keys win wherever ``<<`` stands, and an earlier
        # merged mapping wins over a later one (what PyYAML and the YAML 1.1 spec do)
        for value_node in merges:
            sources = (
                value_node.value if isinstance(value_node, yaml.SequenceNode) else [value_node]
            )
            for source in sources:
                merged = self.build(source, path)
                if isinstance(merged, dict):
                    for k, v in merged.items():
                        out.setdefault(k, v)
        return out

    def scalar(self, node: yaml.Node) -> Any:
        tag, value = node.tag, node.value
        if tag in ("tag:yaml.org,2002:str", "tag:yaml.org,2002:int") and len(value) > (
            MAX_SCALAR_CHARS if tag.endswith("str") else MAX_INT_DIGITS + 1
        ):
            key = "limits.scalar" if tag.endswith("str") else "limits.integer"
            limit = MAX_SCALAR_CHARS if tag.endswith("str") else MAX_INT_DIGITS
            self.problem(node, "QD003", msg(key, size=len(value), digits=len(value), limit=limit))
            return None
        if tag == "tag:yaml.org,2002:str":
            return value
        if tag == "tag:yaml.org,2002:null":
            return None
        if tag == "tag:yaml.org,2002:bool":
            return value.lower() == "true"
        if tag == "tag:yaml.org,2002:int":
            return int(value)
        if tag == "tag:yaml.org,2002:float":
            number = float(value)
            if not math.isfinite(number):
                self.problem(node, "QD003", msg("limits.not_finite", value=value[:20]))
                return None
            return number
        self.problem(node, "QD001", msg("yaml.bad_tag", tag=tag))
        return value


def loads(text: str) -> Loaded:
    """Parse one YAML document from ``text``; problems are collected, never raised."""
    paused = gc.isenabled()
    gc.disable()  # the cyclic GC rescans every new node: pausing it makes big loads ~2x faster
    try:
        return _loads(text)
    finally:
        if paused:
            gc.enable()


def _loads(text: str) -> Loaded:
    loaded = Loaded()
    if not yaml_text_depth_ok(text):
        loaded.problems.append(Problem(1, 1, "QD003", msg("yaml.too_deep")))
        return loaded
    loader = StrictLoader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        reason = exc.problem or exc.context or "syntax error"
        loaded.problems.append(Problem(line, col, "QD001", msg("yaml.syntax", reason=reason)))
        return loaded
    except yaml.YAMLError as exc:
        loaded.problems.append(Problem(1, 1, "QD001", msg("yaml.syntax", reason=exc)))
        return loaded
    except RecursionError:
        loaded.problems.append(Problem(1, 1, "QD003", msg("yaml.too_deep")))
        return loaded
    finally:
        loader.dispose()
    if node is None:
        return loaded
    try:  # without an anchor there is no alias, and the tree is exactly what was parsed
        if "&" in text and _expanded_size(node, MAX_NODES) > MAX_NODES:
            raise _Budget
    except _Cycle:
        loaded.problems.append(Problem(1, 1, "QD003", msg("yaml.recursive")))
        return loaded
    except _Budget:
        loaded.problems.append(Problem(1, 1, "QD003", msg("yaml.too_many_nodes", limit=MAX_NODES)))
        return loaded
    except RecursionError:
        loaded.problems.append(Problem(1, 1, "QD003", msg("yaml.too_deep")))
        return loaded
    builder = _Builder(loaded)
    try:
        loaded.data = builder.build(node, ())
    except _Budget:
        loaded.data = None
        loaded.problems.append(Problem(1, 1, "QD003", msg("yaml.too_many_nodes", limit=MAX_NODES)))
    except RecursionError:
        loaded.data = None
        loaded.problems.append(Problem(1, 1, "QD003", msg("yaml.too_deep")))
    return loaded


def load_path(path: Path, max_bytes: int = MAX_BYTES, kind: str = "list") -> Loaded:
    """Read and parse ``path``; not a regular file, size, encoding and syntax troubles become
    problems (limits per ``kind`` of input: :mod:`qingdan.core.limits`)."""
    try:
        size = regular_file(path, kind)
    except LimitExceeded as exc:
        loaded = Loaded()
        loaded.problems.append(Problem(1, 1, "QD003", msg(exc.key, **exc.params)))
        return loaded
    if size > max_bytes:
        loaded = Loaded()
        loaded.problems.append(
            Problem(
                1, 1, "QD003", msg("yaml.too_large", size=size / 2**20, limit=max_bytes / 2**20)
            )
        )
        return loaded
    return loads_bytes(path.read_bytes())


def loads_bytes(raw: bytes) -> Loaded:
    """Parse UTF-8 (a BOM allowed) ``raw``; text in any other encoding is a QD004 problem with
    the line of its first undecodable byte, never a guess with replacement characters."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        loaded = Loaded()
        loaded.problems.append(Problem(line, 1, "QD004", msg("yaml.not_utf8")))
        return loaded
    return loads(text)
