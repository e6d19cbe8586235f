"""A workspace's lists must all be readable before any command but ``validate`` uses them.

Contract: :func:`require_intact` raises :class:`~qingdan.errors.DataError` (exit 3) naming
``file:line`` of the first problem of the first list file that did not parse cleanly (a syntax
error, a duplicate key, not UTF-8, too deep, too large, not a regular file, no mapping at the
top). Skipping such a file silently would make ``check`` refuse listed work as unlisted and
``report``/``export`` succeed with a list missing (issue 12 kind 6). ``validate`` reports the
same problems as findings (exit 1) instead.
"""

from __future__ import annotations

from qingdan.core.lists.model import ListSet
from qingdan.errors import DataError
from qingdan.messages import Text, msg


def broken(lists: ListSet) -> list[tuple[str, int, Text]]:
    """(file, line, message) of every list file that did not parse cleanly."""
    found = []
    for file in lists.files:
        if file.loaded.problems:
            first = file.loaded.problems[0]
            found.append((file.shown, first.line, first.message))
        elif not file.parsed:
            found.append((file.shown, 1, msg("lists.not_a_list")))
    return found


def require_intact(lists: ListSet) -> ListSet:
    """``lists`` when every file parsed; else DataError naming the first broken one."""
    found = broken(lists)
    if found:
        shown, line, message = found[0]
        more = len(found) - 1
        raise DataError(
            msg("lists.broken", message=message, more=more) if more else message,
            msg("lists.broken.hint"),
            path=shown,
            line=line,
        )
    return lists
