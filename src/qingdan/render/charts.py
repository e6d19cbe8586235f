"""Inline SVG bar charts for report.html: no JavaScript, no fonts or images fetched, text escaped.

Each function returns one ``<svg>`` element as a string (no ``xmlns``: inline SVG in HTML needs
none, and the report must not name any URL), sized in user units so it scales with the page and
prints. Labels are escaped here; the template marks the result safe.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

ON, OFF = "#4c78a8", "#e45756"


def _fmt(value: float) -> str:
    return f"{value:,.0f}"


def stacked_columns(
    labels: Sequence[str], on: Sequence[float], off: Sequence[float], title: str
) -> str:
    """Vertical columns (one per label), on-list at the bottom, off-list on top."""
    width, height, pad, base = 720, 260, 40, 220
    peak = max((a + b for a, b in zip(on, off, strict=True)), default=0) or 1
    step = (width - pad * 2) / max(len(labels), 1)
    parts = [
        f'<svg viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{escape(title)}" class="chart">',
        f"<title>{escape(title)}</title>",
    ]
    for i, (label, a, b) in enumerate(zip(labels, on, off, strict=True)):
        x = pad + i * step + step * 0.15
        w = step * 0.7
        h_on = (base - 20) * a / peak
        h_off = (base - 20) * b / peak
        parts.append(
            f'<rect x="{x:.1f}" y="{base - h_on:.1f}" width="{w:.1f}" '
            f'height="{h_on:.1f}" fill="{ON}"><title>{escape(label)}: {_fmt(a)}'
            "</title></rect>"
        )
        parts.append(
            f'<rect x="{x:.1f}" y="{base - h_on - h_off:.1f}" width="{w:.1f}" '
            f'height="{h_off:.1f}" fill="{OFF}"><title>{escape(label)}: {_fmt(b)}'
            "</title></rect>"
        )
        parts.append(
            f'<text x="{x + w / 2:.1f}" y="{base + 16}" text-anchor="middle" '
            f'font-size="11">{escape(label[-5:])}</text>'
        )
    parts.append(f'<line x1="{pad}" y1="{base}" x2="{width - pad}" y2="{base}" stroke="#888"/>')
    parts.append("</svg>")
    return "".join(parts)


def bars(
    labels: Sequence[str],
    values: Sequence[float],
    title: str,
    *,
    total: Sequence[float] | None = None,
    percent: bool = False,
) -> str:
    """Horizontal bars, one per label (largest first as given); ``total`` draws a grey track."""
    row, left, width = 22, 170, 720
    height = row * len(labels) + 10
    peak = max([*values, *(total or [])], default=0) or 1
    if percent:
        peak = 1.0
    span = width - left - 90
    parts = [
        f'<svg viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{escape(title)}" class="chart">',
        f"<title>{escape(title)}</title>",
    ]
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        y = 5 + i * row
        if total is not None:
            parts.append(
                f'<rect x="{left}" y="{y}" width="{span * total[i] / peak:.1f}" '
                f'height="{row - 6}" fill="#d8dee9"/>'
            )
        shown = f"{value * 100:.1f}%" if percent else _fmt(value)
        parts.append(
            f'<text x="{left - 6}" y="{y + row - 10}" text-anchor="end" '
            f'font-size="12">{escape(label)}</text>'
        )
        parts.append(
            f'<rect x="{left}" y="{y}" width="{span * value / peak:.1f}" '
            f'height="{row - 6}" fill="{OFF}"><title>{escape(label)}: {shown}</title>'
            "</rect>"
        )
        parts.append(
            f'<text x="{left + span * value / peak + 4:.1f}" y="{y + row - 10}" '
            f'font-size="11">{shown}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
