"""Where the bundled workspace, qingdan's own schemas and the packaged templates live (a leaf).

Every layer may import this module; it imports nothing of qingdan's, so no import cycle needs it.
"""

from __future__ import annotations

from pathlib import Path

CONFIG_NAME = "qingdan.toml"
#: files every new workspace gets (pre-commit config, CI workflow example)
SCAFFOLD_DIR = Path(__file__).resolve().parent / "scaffold"


def bundled_root() -> Path:
    """The bundled default workspace: packaged copy first, else the source checkout's root."""
    here = Path(__file__).resolve().parent
    packaged = here / "_workspace"
    if (packaged / CONFIG_NAME).is_file():
        return packaged
    return here.parents[1]


def schemas_dir() -> Path:
    """qingdan's own schemas (the contract), whatever workspace is in use."""
    return bundled_root() / "schemas"


def packaged_templates_dir() -> Path:
    return bundled_root() / "reports" / "templates"
