"""Inline SVG bar charts for report.html: no JavaScript, no fonts or images fetched, text escaped.

Each function returns one ``<svg>`` element as a string (no ``xmlns``: inline SVG in HTML needs
none, and the report must not name any URL), sized in user units so it scales with the page and
prints. Every chart carries its legend, both axis labels and value ticks, and a text alternative
(``<desc>``, referenced by ``aria-describedby``) that reads out every bar, so a screen reader or a
printed page without colour loses nothing. Labels are escaped here; the template marks the
result safe.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

ON, OFF, TRACK = "#4c78a8", "#e45756", "#d8dee9"


@dataclass(frozen=True)
class Axes:
    """What a chart's axes and legend say (already in the interface language)."""

    x: str  #: the category axis (months, departments …)
    y: str  #: the value axis (rows, share …)
    legend: tuple[tuple[str, str], ...]  #: (colour, label) per series, in drawing order


def _fmt(value: float) -> str:
    return f"{value:,.0f}"


def _open(width: int, height: int, title: str, desc: str) -> list[str]:
    ident = "chart-" + hashlib.sha256(title.encode()).hexdigest()[:8]  # same input, same bytes
    return [
        f'<svg viewBox="0 0 {width} {height}" role="img" aria-labelledby="{ident}-t" '
        f'aria-describedby="{ident}-d" class="chart">',
        f'<title id="{ident}-t">{escape(title)}</title>',
        f'<desc id="{ident}-d">{escape(desc)}</desc>',
    ]


def _legend(axes: Axes, x: float, y: float) -> str:
    parts = ['<g class="legend">']
    for colour, label in axes.legend:
        parts.append(f'<rect x="{x:.1f}" y="{y - 10}" width="12" height="12" fill="{colour}"/>')
        parts.append(f'<text x="{x + 16:.1f}" y="{y}" font-size="12">{escape(label)}</text>')
        x += 28 + 13 * len(label)
    return "".join(parts) + "</g>"


def stacked_columns(
    labels: Sequence[str],
    on: Sequence[float],
    off: Sequence[float],
    title: str,
    axes: Axes = Axes("", "", ((ON, "on"), (OFF, "off"))),
) -> str:
    """Vertical columns (one per label), on-list at the bottom, off-list on top."""
    width, height, left, right, top, base = 720, 300, 64, 16, 34, 236
    peak = max((a + b for a, b in zip(on, off, strict=True)), default=0) or 1
    step = (width - left - right) / max(len(labels), 1)
    (_, on_name), (_, off_name) = axes.legend[0], axes.legend[1]
    desc = f"{title}. " + "; ".join(
        f"{label}: {on_name} {_fmt(a)}, {off_name} {_fmt(b)}"
        for label, a, b in zip(labels, on, off, strict=True)
    )
    parts = _open(width, height, title, desc)
    parts.append(_legend(axes, left, 16))
    for tick in (0, peak / 2, peak):
        y = base - (base - top) * tick / peak
        parts.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" stroke="#e5e5e5"/>'
        )
        parts.append(
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" '
            f'font-size="11" class="tick">{_fmt(tick)}</text>'
        )
    for i, (label, a, b) in enumerate(zip(labels, on, off, strict=True)):
        x, w = left + i * step + step * 0.15, step * 0.7
        h_on, h_off = (base - top) * a / peak, (base - top) * b / peak
        for y, h, colour, value in (
            (base - h_on, h_on, ON, a),
            (base - h_on - h_off, h_off, OFF, b),
        ):
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" '
                f'fill="{colour}"><title>{escape(label)}: {_fmt(value)}</title></rect>'
            )
        parts.append(
            f'<text x="{x + w / 2:.1f}" y="{base + 16}" text-anchor="middle" '
            f'font-size="11">{escape(label[-5:])}</text>'
        )
    parts.append(f'<line x1="{left}" y1="{base}" x2="{width - right}" y2="{base}" stroke="#888"/>')
    parts.append(
        f'<text x="{(left + width) / 2:.0f}" y="{height - 14}" text-anchor="middle" '
        f'font-size="12" class="axis-label">{escape(axes.x)}</text>'
    )
    parts.append(
        f'<text x="14" y="{(top + base) / 2:.0f}" text-anchor="middle" font-size="12" '
        f'class="axis-label" transform="rotate(-90 14 {(top + base) / 2:.0f})">'
        f"{escape(axes.y)}</text>"
    )
    parts.append("</svg>")
    return "".join(parts)


def bars(
    labels: Sequence[str],
    values: Sequence[float],
    title: str,
    *,
    total: Sequence[float] | None = None,
    percent: bool = False,
    axes: Axes = Axes("", "", ((OFF, "value"),)),
) -> str:
    """Horizontal bars, one per label (largest first as given); ``total`` draws a grey track.

    The legend names the bar series (and the track, first, when ``total`` is given); ``axes.x``
    labels the value axis under the bars, ``axes.y`` the category column."""
    row, left, width, top = 22, 170, 720, 30
    height = top + row * len(labels) + 44
    peak = 1.0 if percent else (max([*values, *(total or [])], default=0) or 1)
    span = width - left - 90

    def shown(value: float) -> str:
        return f"{value * 100:.1f}%" if percent else _fmt(value)

    names = [name for _, name in axes.legend]
    desc = f"{title}. " + "; ".join(
        f"{label}: {names[-1]} {shown(v)}" + (f", {names[0]} {shown(total[i])}" if total else "")
        for i, (label, v) in enumerate(zip(labels, values, strict=True))
    )
    parts = _open(width, height, title, desc)
    parts.append(_legend(axes, left, 16))
    parts.append(
        f'<text x="{left - 6}" y="{top - 4}" text-anchor="end" font-size="11" '
        f'class="axis-label">{escape(axes.y)}</text>'
    )
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        y = top + i * row
        if total is not None:
            parts.append(
                f'<rect x="{left}" y="{y}" width="{span * total[i] / peak:.1f}" '
                f'height="{row - 6}" fill="{TRACK}"/>'
            )
        parts.append(
            f'<text x="{left - 6}" y="{y + row - 10}" text-anchor="end" '
            f'font-size="12">{escape(label)}</text>'
        )
        parts.append(
            f'<rect x="{left}" y="{y}" width="{span * value / peak:.1f}" '
            f'height="{row - 6}" fill="{OFF}"><title>{escape(label)}: {shown(value)}'
            "</title></rect>"
        )
        parts.append(
            f'<text x="{left + span * value / peak + 4:.1f}" y="{y + row - 10}" '
            f'font-size="11">{shown(value)}</text>'
        )
    axis_y = top + row * len(labels) + 4
    parts.append(
        f'<line x1="{left}" y1="{axis_y}" x2="{left + span}" y2="{axis_y}" stroke="#888"/>'
    )
    for tick in (0, peak / 2, peak):
        x = left + span * tick / peak
        parts.append(
            f'<text x="{x:.1f}" y="{axis_y + 14}" text-anchor="middle" font-size="11" '
            f'class="tick">{shown(tick)}</text>'
        )
    parts.append(
        f'<text x="{left + span / 2:.0f}" y="{axis_y + 34}" text-anchor="middle" '
        f'font-size="12" class="axis-label">{escape(axes.x)}</text>'
    )
    parts.append("</svg>")
    return "".join(parts)
