"""Over 300 lines: the lazy command table, the error boundary and the exit mapping are one contract.

The ``qingdan`` entry point: a lazily loaded command group and the one error boundary.

``qingdan --help`` lists commands from the table below without importing them (DESIGN §4: under
150 ms); a command's module is imported only when that command runs or shows its own help.
Every :class:`~qingdan.errors.QingdanError` is caught here, printed on stderr as one short message
with a hint, and turned into its exit status; tracebacks only with ``--debug``. Before parsing,
:meth:`LazyGroup.main` fixes the interface language (help and parser errors speak it, see
:mod:`qingdan.cli.lang`) and answers shell-completion requests (:mod:`qingdan.cli.completion`).
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup
from typer.exceptions import Abort, Exit

try:  # typer >= 0.29 vendors click; its classes are the ones the group must speak
    from typer._click import Context, Parameter
    from typer._click.exceptions import ClickException
except ImportError:  # pragma: no cover - older typer uses the click package
    from click import ClickException, Context, Parameter  # type: ignore[assignment]

from qingdan import __version__
from qingdan.cli.lang import LangContext, pick
from qingdan.exit_codes import ExitCode

_PASS_THROUGH = (Exit, Abort, ClickException)

#: command name → (module under qingdan.cli, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "validate": ("validate", "校验清单的格式与规则 · Validate the lists: schema and invariants"),
    "lists": ("browse", "列出七张清单及事项数 · List the lists with their counts"),
    "show": ("browse", "显示一个事项的全部字段 · Show one item, every field"),
    "search": ("browse", "模糊检索事项 · Fuzzy, Chinese-aware search across all lists"),
    "check": ("check", "审查部门的准入申请 · Decide department requests against the lists"),
    "rate": ("rate", "事项数与精简率 · Active items and the reduction rate"),
    "diff": ("diff", "两个版本之间的清单变化 · Semantic diff of the lists between revisions"),
    "test": ("cases", "运行工作区的决定用例 · Run the workspace's decision cases"),
    "export": ("excel", "导出清单到 Excel · Export the lists to xlsx"),
    "import": ("excel", "从 Excel 导入清单 · Import the lists from xlsx"),
    "generate": ("generate", "生成模拟活动日志 · Generate synthetic activity logs"),
    "report": ("report", "活动日志合规报告 · Compliance report from activity logs"),
    "inspect": ("inspect", "查看文件会被如何读取 · Show how a file will be read, before judging"),
    "sql": ("sql", "对报告数据库执行 SQL · Run SQL on a kept report database"),
    "demo": ("demo", "在示例工作区上演示全流程 · The main job end to end on the bundled workspace"),
    "init": ("init", "新建工作区 · Scaffold a new workspace"),
}


def _available(module: str) -> bool:
    return importlib.util.find_spec(f"qingdan.cli.{module}") is not None


class LazyCommand(TyperCommand):
    """A placeholder that knows its help line and loads the real command when used."""

    def __init__(self, name: str, module: str, short_help: str) -> None:
        chosen = pick(short_help)
        super().__init__(name=name, help=chosen, short_help=chosen)
        self.module = module
        self._real: Any = None

    def real(self) -> Any:
        if self._real is None:
            module = importlib.import_module(f"qingdan.cli.{self.module}")
            command: Any = typer.main.get_command(module.app)
            if isinstance(command, TyperGroup):
                found = command.get_command(Context(command), self.name or "")
                assert found is not None, self.name
                command = found
            command.name = self.name
            _speak(command)
            self._real = command
        return self._real

    def make_context(
        self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any
    ) -> Context:
        return self.real().make_context(info_name, args, parent=parent, **extra)  # type: ignore[no-any-return]

    def get_params(self, ctx: Context) -> list[Parameter]:
        return self.real().get_params(ctx)  # type: ignore[no-any-return]


def _speak(command: Any) -> None:
    """Give a command (and its subcommands) the interface language's help formatter."""
    command.context_class = LangContext
    for sub in getattr(command, "commands", {}).values():
        _speak(sub)


class LazyGroup(TyperGroup):
    context_class = LangContext

    def main(  # type: ignore[override]
        self,
        args: list[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        """Fix the language, answer completion, then run; parser errors in that language."""
        from qingdan.cli import completion, lang

        argv = list(sys.argv[1:] if args is None else args)
        lang.preselect(argv)
        self.help = lang.word("root.help")
        completion.prepare()
        shown = completion.handle_shell_options(argv, prog_name or "qingdan")
        if shown is not None:
            if standalone_mode:
                sys.exit(shown)
            return shown
        if not standalone_mode:
            return super().main(argv, prog_name, complete_var, False, **extra)
        try:
            rv = super().main(argv, prog_name, complete_var, False, **extra)
        except ClickException as exc:
            lang.show_usage_error(exc)
            sys.exit(exc.exit_code)
        except Abort:
            sys.stderr.write(_t("error.interrupted") + "\n")
            sys.exit(ExitCode.INTERRUPTED)
        sys.exit(rv if isinstance(rv, int) else 0)

    def list_commands(self, ctx: Context) -> list[str]:
        return [name for name, (module, _) in COMMANDS.items() if _available(module)]

    def get_command(self, ctx: Context, cmd_name: str) -> Any:
        entry = COMMANDS.get(cmd_name)
        if entry is None or not _available(entry[0]):
            return None
        return LazyCommand(cmd_name, entry[0], entry[1])

    def invoke(self, ctx: Context) -> Any:
        debug = bool((ctx.obj or {}).get("debug")) or os.environ.get("QINGDAN_DEBUG") == "1"
        previous = _on_sigterm()
        try:
            rv = super().invoke(ctx)
        except _PASS_THROUGH:
            raise
        except KeyboardInterrupt:
            _settle()
            _say_error(_t("error.interrupted"), None)
            ctx.exit(ExitCode.INTERRUPTED)
        except Exception as exc:
            from qingdan.errors import QingdanError

            if debug or "--debug" in sys.argv:
                raise
            if type(exc).__name__ == "InterruptException" or (
                isinstance(exc, RuntimeError) and "Query interrupted" in str(exc)
            ):  # duckdb's, after Ctrl-C
                _settle()
                _say_error(_t("error.interrupted"), None)
                ctx.exit(ExitCode.INTERRUPTED)
            if isinstance(exc, QingdanError):
                from qingdan.i18n import tr

                text = tr(exc.message)
                _say_error(
                    f"{exc.location}: {text}" if exc.location else text, tr(exc.hint) or None
                )
                ctx.exit(exc.exit_code)
            if isinstance(exc, OSError) and exc.filename is not None:  # a disk full, a folder gone
                error = exc.strerror or str(exc)
                _say_error(_t("error.os", path=exc.filename, error=error), None)
                ctx.exit(ExitCode.USAGE)
            _say_error(_t("error.unexpected", error=f"{type(exc).__name__}: {exc}"), None)
            ctx.exit(ExitCode.INTERNAL)
        except BaseException as exc:
            if type(exc).__name__ != "PanicException" or "KeyboardInterrupt" not in str(exc):
                raise  # a Rust extension (jsonschema_rs) panics when Ctrl-C hits its import
            _settle()
            _say_error(_t("error.interrupted"), None)
            ctx.exit(ExitCode.INTERRUPTED)
        finally:
            _restore_sigterm(previous)
        if isinstance(rv, int) and rv:
            ctx.exit(rv)
        return rv


_AS_MAIN = False  #: set by main(): this process is the command line, not a test's runner


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _settle() -> None:
    """Once interrupted, further SIGINT/SIGTERM (DuckDB re-raises its interrupt late) are
    ignored, so the exit status stays 130 while the cleanup already done stands."""
    if _AS_MAIN:
        import signal

        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)


def _on_sigterm() -> Any:
    """SIGTERM unwinds like Ctrl-C, so temp files and DuckDB spill folders are removed."""
    import signal

    try:
        return signal.signal(signal.SIGTERM, _interrupt)
    except ValueError:  # not the main thread
        return None


def _restore_sigterm(previous: Any) -> None:
    if previous is not None:
        import signal

        signal.signal(signal.SIGTERM, previous)


def _t(key: str, **fields: object) -> str:
    from qingdan.i18n import t

    return t(key, **fields)


def _say_error(message: str, hint: str | None) -> None:
    from qingdan.render.safe import terminal

    typer.echo(f"qingdan: {_t('error.prefix')}: {terminal(message)}", err=True)
    if hint:
        typer.echo(f"  {_t('error.hint')}: {terminal(hint)}", err=True)


app = typer.Typer(
    cls=LazyGroup,
    name="qingdan",
    help="清单：社区工作准入清单工具 · qingdan: community work admission lists as data.",
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    add_completion=False,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"qingdan {__version__}")
        raise typer.Exit


@app.callback()
def root(
    ctx: typer.Context,
    version: bool = typer.Option(
        False, "--version", "-V", callback=_version, is_eager=True, help="版本 · Show the version."
    ),
    debug: bool = typer.Option(False, "--debug", help="出错时显示调用栈 · Tracebacks on errors."),
    lang: str | None = typer.Option(None, "--lang", help="界面语言 zh|en · Message language."),
    show_completion: bool = typer.Option(
        False,
        "--show-completion",
        metavar="[SHELL]",
        help="显示 shell 补全脚本（bash|zsh|fish|powershell；默认当前 shell）· "
        "Print the completion script (bash|zsh|fish|powershell; default: this shell).",
    ),
    install_completion: bool = typer.Option(
        False,
        "--install-completion",
        metavar="[SHELL]",
        help="为 shell 安装补全（默认当前 shell）· Install completion (default: this shell).",
    ),
) -> None:
    if show_completion or install_completion:  # after other options: the shell is detected
        from qingdan.cli.completion import handle_shell_options

        flag = "--show-completion" if show_completion else "--install-completion"
        raise typer.Exit(handle_shell_options([flag], ctx.find_root().info_name or "qingdan") or 0)
    ctx.obj = {"debug": debug}


def main() -> None:
    """Console-script entry point. SIGTERM unwinds like Ctrl-C from here on; an interrupt that
    surfaces after the command's own boundary (DuckDB re-raising it late) still exits 130."""
    global _AS_MAIN  # noqa: PLW0603 - one process, one command line
    _AS_MAIN = True
    _on_sigterm()
    code: Any = 0
    try:
        app(prog_name="qingdan")
    except KeyboardInterrupt:
        _settle()
        _say_error(_t("error.interrupted"), None)
        code = ExitCode.INTERRUPTED
    except SystemExit as exc:
        code = exc.code
    if code == ExitCode.INTERRUPTED:  # the cleanup has run; leave before a late re-raised
        _settle()  # interrupt can turn the exit into a death by SIGINT
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(ExitCode.INTERRUPTED)
    sys.exit(code)
