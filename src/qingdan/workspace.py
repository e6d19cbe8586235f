"""Workspace discovery and ``qingdan.toml`` (DESIGN §2).

Discovery order: ``--workspace DIR``, then ``$QINGDAN_WORKSPACE``, then the nearest parent of the
working directory holding ``qingdan.toml``, then the bundled default workspace (the repository
root in a checkout, ``qingdan/_workspace`` inside an installed wheel). The caller says on stderr
when the bundled default was used; this module never prints.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qingdan.core.lists.kinds import KIND_KEYS, REFERENCE_KEYS
from qingdan.errors import WorkspaceError
from qingdan.messages import msg
from qingdan.paths import CONFIG_NAME, bundled_root, packaged_templates_dir, schemas_dir

__all__ = [
    "CONFIG_NAME",
    "Workspace",
    "bundled_root",
    "discover",
    "load",
    "packaged_templates_dir",
    "schemas_dir",
]
ENV_VAR = "QINGDAN_WORKSPACE"


@dataclass(frozen=True)
class Workspace:
    root: Path
    config: dict[str, Any]
    bundled: bool = False
    found_by: str = "argument"  #: argument | env | parent | bundled
    list_paths: dict[str, Path] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return str(self.config.get("workspace", {}).get("name", self.root.name))

    @property
    def basis_jurisdictions(self) -> tuple[str, ...]:
        """Where a legal basis may come from: ``[workspace] basis_jurisdictions``, else 全国 and
        ``[workspace] jurisdiction``."""
        ws = self.section("workspace")
        named = ws.get("basis_jurisdictions")
        if isinstance(named, list) and named:
            return tuple(str(j) for j in named)
        own = ws.get("jurisdiction")
        return ("全国", str(own)) if own else ("全国",)

    def section(self, name: str) -> dict[str, Any]:
        """A config table (``[check]``, ``[match]``…), empty when absent."""
        value = self.config.get(name, {})
        return value if isinstance(value, dict) else {}

    @property
    def templates_dir(self) -> Path:
        return self.root / "reports" / "templates"

    @property
    def cases_dir(self) -> Path:
        return self.root / "cases"

    def relative(self, path: Path) -> str:
        """``path`` as shown in messages: relative to the working directory when inside it."""
        try:
            return str(path.resolve().relative_to(Path.cwd().resolve()))
        except ValueError:
            return str(path)


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib

    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise WorkspaceError(msg("workspace.bad_toml", error=exc), path=path) from exc
    except (ValueError, RecursionError) as exc:  # not UTF-8, an integer of 5,000 digits, [[[[…
        error = "nested too deep" if isinstance(exc, RecursionError) else str(exc).split(";")[0]
        raise WorkspaceError(msg("workspace.bad_toml", error=error), path=path) from None


def _check_config(path: Path, config: dict[str, Any]) -> None:
    from qingdan.core.lists import schemas

    found = schemas.errors("config", config)
    if found:
        raise WorkspaceError(
            msg("workspace.bad_config", where=found[0].where, error=found[0].text),
            msg("workspace.bad_config.hint"),
            path=path,
        )


def load(root: Path, *, bundled: bool = False, found_by: str = "argument") -> Workspace:
    """Read and check ``root/qingdan.toml``."""
    root = root.resolve()
    config_path = root / CONFIG_NAME
    if not config_path.is_file():
        raise WorkspaceError(
            msg("workspace.not_found", path=root), msg("workspace.not_found.hint"), path=root
        )
    config = _read_toml(config_path)
    _check_config(config_path, config)
    named = config.get("lists", {})
    list_paths = {kind: root / named.get(kind, f"lists/{kind}.yaml") for kind in KIND_KEYS}
    for kind in REFERENCE_KEYS:  # optional: only when named or present at the default place
        path = root / named.get(kind, f"lists/{kind}.yaml")
        if kind in named or path.is_file():
            list_paths[kind] = path
    return Workspace(root, config, bundled=bundled, found_by=found_by, list_paths=list_paths)


def discover(explicit: str | Path | None = None, cwd: Path | None = None) -> Workspace:
    """Find the workspace as DESIGN §2 says."""
    if explicit is not None and str(explicit) != "":
        return load(Path(explicit), found_by="argument")
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return load(Path(env), found_by="env")
    start = (cwd or Path.cwd()).resolve()
    for folder in (start, *start.parents):
        if (folder / CONFIG_NAME).is_file():
            return load(folder, bundled=folder == bundled_root().resolve(), found_by="parent")
    return load(bundled_root(), bundled=True, found_by="bundled")
