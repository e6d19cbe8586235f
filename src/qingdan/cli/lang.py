"""The interface language applied to help and to the option parser's own messages.

Help strings are written once as ``中文 · English``; :func:`pick` keeps the side the chosen
language asks for. The option parser (typer's vendored click) speaks English only, so
:class:`LangContext` gives every command a help formatter that translates its fixed words
(``Usage:``, ``Options``, ``[default: …]``), and :func:`show_usage_error` prints a parser error
("No such option", "Invalid value", "Missing argument" …) in the chosen language. The language is
fixed before parsing by :func:`preselect`, so ``--lang`` anywhere on the line applies to both.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from typing import Any

try:  # typer >= 0.28 vendors click; its classes are the ones the group must speak
    from typer._click import Context
    from typer._click.formatting import HelpFormatter
except ImportError:  # pragma: no cover - older typer uses the click package
    from click import Context, HelpFormatter  # type: ignore[assignment]

from qingdan.i18n import get_lang, set_lang


def word(key: str, /, **fields: object) -> str:
    """A message of this area's catalog, without loading every catalog (``--help`` stays fast)."""
    from qingdan.i18n.catalog.dayone import MESSAGES

    zh, en = MESSAGES[key]
    text = zh if get_lang() == "zh" else en
    return text.format(**fields) if fields else text


def _has(key: str) -> bool:
    from qingdan.i18n.catalog.dayone import MESSAGES

    return key in MESSAGES


def preselect(args: list[str]) -> None:
    """Fix the language from ``--lang X`` / ``--lang=X`` anywhere in ``args`` (else the locale)."""
    chosen: str | None = None
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args):
            chosen = args[i + 1]
        elif arg.startswith("--lang="):
            chosen = arg.split("=", 1)[1]
    set_lang(chosen if chosen in ("zh", "en") else None)


def _cjk(text: str) -> bool:
    return any(ord(ch) >= 0x2E80 for ch in text)


def _pick_one(text: str) -> str:
    body, extra = text, ""
    cut = text.rfind("  [")
    if cut >= 0 and text.endswith("]"):  # click's "  [default: …]" / "  [required]"
        body, extra = text[:cut], text[cut:]
    at = body.find("·")
    while at >= 0:
        zh, en = body[:at].rstrip(), body[at + 1 :].strip()
        if _cjk(zh) and en and not _cjk(en):
            body = zh if get_lang() == "zh" else en
            break
        at = body.find("·", at + 1)
    return body + _extra(extra)


def pick(text: str) -> str:
    """``中文 · English`` → the side of the current language, paragraph by paragraph."""
    return "\n\n".join(_pick_one(p) for p in text.split("\n\n"))


def _extra(extra: str) -> str:
    if not extra or get_lang() == "en":
        return extra
    extra = extra.replace("[default: ", f"[{word('parser.default')}: ")
    extra = extra.replace("required]", f"{word('parser.required')}]")
    return extra.replace("env var: ", f"{word('parser.env_var')}: ")


class LangHelpFormatter(HelpFormatter):
    """click's formatter, speaking the interface language."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        if prefix is None:
            prefix = word("parser.usage")
        if get_lang() == "zh":
            args = args.replace("[OPTIONS]", word("parser.options_metavar"))
            args = args.replace("COMMAND [ARGS]...", word("parser.command_metavar"))
        super().write_usage(prog, args, prefix)

    def write_heading(self, heading: str) -> None:
        key = f"parser.heading.{heading.lower()}"
        if get_lang() == "en" or not _has(key):
            super().write_heading(heading)
        else:
            self.write(f"{'':>{self.current_indent}}{word(key)}：\n")

    def write_text(self, text: str) -> None:
        super().write_text(pick(text))

    def write_dl(self, rows: Any, col_max: int = 30, col_spacing: int = 2) -> None:
        help_self = "Show this message and exit."
        rows = [
            (term, word("parser.help_option") if text == help_self else pick(text))
            for term, text in rows
        ]
        super().write_dl(rows, col_max, col_spacing)


class LangContext(Context):
    formatter_class = LangHelpFormatter


_PATTERNS: tuple[tuple[str, str], ...] = (
    ("parser.no_such_option", r"No such option: (?P<name>\S+?)(?P<rest>(?: .*)?)$"),
    ("parser.no_such_command", r"No such command '(?P<name>.*?)'\.(?P<rest>.*)$"),
    ("parser.invalid_for", r"Invalid value for (?P<hint>.+?): (?P<message>.*)$"),
    ("parser.invalid", r"Invalid value: (?P<message>.*)$"),
    ("parser.missing_argument", r"Missing argument (?P<hint>.+?)\.(?P<rest>.*)$"),
    ("parser.missing_option", r"Missing option (?P<hint>.+?)\.(?P<rest>.*)$"),
    ("parser.requires_argument", r"Option '(?P<name>.+)' requires an argument\.$"),
    ("parser.requires_n", r"Option '(?P<name>.+)' requires (?P<n>\d+) arguments\.$"),
    ("parser.no_value", r"Option '(?P<name>.+)' does not take a value\.$"),
    ("parser.extra", r"Got unexpected extra arguments? \((?P<args>.*)\)$"),
    ("parser.missing_command", r"Missing command\.$"),
    ("parser.not_valid", r"'(?P<value>.*)' is not a valid (?P<type>[a-z ]+)\.(?: .*)?$"),
    ("parser.not_in_range", r"(?P<value>.*) is not in the range (?P<range>.*)\.$"),
    ("parser.not_choice", r"'(?P<value>.*)' is not one of (?P<choices>.*)\.$"),
    ("parser.did_you_mean", r"\s*Did you mean (?P<name>.*)\?$"),
    ("parser.possible", r"\s*\(Possible options: (?P<names>.*)\)$"),
)


@cache
def _compiled() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((key, re.compile(pattern, re.DOTALL)) for key, pattern in _PATTERNS)


def translate(message: str) -> str:
    """One English parser message in the current language (unknown ones unchanged)."""
    if get_lang() == "en":
        return message
    message = message.lstrip(".").strip() if message.startswith(". ") else message
    for key, pattern in _compiled():
        match = pattern.match(message)
        if match:
            fields = match.groupdict()
            if "type" in fields and _has(f"parser.type.{fields['type']}"):
                fields["type"] = word(f"parser.type.{fields['type']}")
            for name in ("message", "rest"):
                if fields.get(name):
                    fields[name] = translate(fields[name].strip())
            return word(key, **fields)
    return message


def show_usage_error(exc: Any) -> None:
    """Print a click ``UsageError``/``ClickException`` in the interface language on stderr."""
    ctx = getattr(exc, "ctx", None)
    lines: list[str] = []
    if ctx is not None:
        lines.append(ctx.get_usage())
        if ctx.command.get_help_option(ctx) is not None:
            lines.append(word("parser.try_help", command=f"{ctx.command_path} -h"))
        lines.append("")
    lines.append(word("parser.error") + translate(exc.format_message()))
    sys.stderr.write("\n".join(lines) + "\n")
    sys.stderr.flush()
