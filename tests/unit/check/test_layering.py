"""The check core stays pure and light: no typer, rich or jinja2 when it is imported."""

from __future__ import annotations

import subprocess
import sys


def test_the_check_core_imports_no_ui_or_template_library():
    code = (
        "import sys, qingdan.core.check.decide, qingdan.core.check.rules, qingdan.core.maintain.cases, "
        "qingdan.core.check.requests, qingdan.core.check.tables, qingdan.core.check.policy; "
        "print(sorted(m for m in ('typer', 'rich', 'jinja2', 'openpyxl', 'duckdb') "
        "if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
