"""Every command ``qingdan --help`` lists has a section (a heading naming it) on a command page
under docs/commands/, and no command page documents a command that does not exist."""

from __future__ import annotations

import re

from tests.conftest import run
from tests.docs.pages import DOCS, headings


def _commands_in_help(runner) -> set[str]:
    result = run(runner, "--help")
    assert result.exit_code == 0
    listed = result.stdout.split("Commands:", 1)[1]
    names = set(re.findall(r"^[\s│]*([a-z][a-z-]*)\s{2,}\S", listed, flags=re.MULTILINE))
    assert len(names) >= 10, result.stdout
    return names


def _documented() -> dict[str, str]:
    found = {}
    for page in sorted((DOCS / "commands").glob("*.md")):
        for heading in headings(page):
            for name in re.findall(r"`qingdan ([a-z][a-z-]*)", heading):
                found[name] = page.name
    return found


def test_every_command_has_a_section_on_a_command_page(runner):
    missing = _commands_in_help(runner) - set(_documented())
    assert not missing, f"add a `## \\`qingdan NAME\\`` section under docs/commands/ for {missing}"


def test_no_command_page_documents_a_command_that_does_not_exist(runner):
    assert set(_documented()) <= _commands_in_help(runner)


#: documented once, in docs/getting-started.md ("Common options"), or typer's own
COMMON = {
    "--help",
    "--install-completion",
    "--show-completion",
    "--workspace",
    "--lang",
    "--no-color",
    "--format",
}


def test_every_option_of_a_command_is_on_its_page(runner):
    common = (DOCS / "getting-started.md").read_text(encoding="utf-8")
    assert all(
        option in common
        for option in COMMON - {"--help", "--install-completion", "--show-completion"}
    )
    missing = []
    for name, page in sorted(_documented().items()):
        usage = run(runner, name, "--help").stdout
        text = (DOCS / "commands" / page).read_text(encoding="utf-8")
        for option in sorted(set(re.findall(r"(?<![\w-])--[a-z][a-z-]+", usage)) - COMMON):
            if option not in text:
                missing.append(f"docs/commands/{page}: qingdan {name} {option}")
    assert not missing, "\n".join(missing)
