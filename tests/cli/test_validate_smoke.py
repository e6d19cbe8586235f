from tests.conftest import run


def test_the_bundled_workspace_validates(runner, workspace):
    result = run(runner, "validate", "-w", str(workspace))
    assert result.exit_code == 0, result.output
    assert "valid" in result.output
