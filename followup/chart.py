"""A line chart of an indicator's time series as SVG: plain function, no database.

Series differ by line pattern and marker as well as colour, so the chart does not depend
on colour; the page always shows the same numbers as a table too.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from xml.sax.saxutils import escape

from audit.numbers import format_number

WIDTH, HEIGHT = 640, 300
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 16, 72


@dataclass(frozen=True)
class Series:
    name: str
    values: list[Decimal | None]
    colour: str
    dash: str  # SVG stroke-dasharray, "" for solid
    marker: str  # "circle", "square" or "triangle"


def _marker(kind: str, x: float, y: float, colour: str) -> str:
    if kind == "square":
        return f'<rect x="{x - 4:.1f}" y="{y - 4:.1f}" width="8" height="8" fill="{colour}"/>'
    if kind == "triangle":
        return (
            f'<polygon points="{x:.1f},{y - 5:.1f} {x - 5:.1f},{y + 4:.1f} '
            f'{x + 5:.1f},{y + 4:.1f}" fill="{colour}"/>'
        )
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{colour}"/>'


def line_chart(
    title: str,
    labels: list[str],
    series: list[Series],
    target: Decimal | None = None,
    target_label: str = "",
    chart_id: str = "chart",
) -> str:
    values = [v for s in series for v in s.values if v is not None]
    if target is not None:
        values.append(target)
    if not values or not labels:
        return ""
    low, high = min(min(values), Decimal(0)), max(values)
    if high == low:
        high = low + 1
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = plot_w / max(len(labels) - 1, 1)

    def x(i: int) -> float:
        return LEFT + (i * step if len(labels) > 1 else plot_w / 2)

    def y(v: Decimal) -> float:
        return TOP + plot_h - float((v - low) / (high - low)) * plot_h

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="{chart_id}-title" class="chart">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<line x1="{LEFT}" y1="{TOP + plot_h}" x2="{WIDTH - RIGHT}" y2="{TOP + plot_h}" '
        'stroke="#1b1b1b"/>',
        f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{TOP + plot_h}" stroke="#1b1b1b"/>',
    ]
    for tick in (low, (low + high) / 2, high):
        parts.append(
            f'<text x="{LEFT - 6}" y="{y(tick) + 4:.1f}" text-anchor="end" font-size="12">'
            f"{escape(tick_label(tick))}</text>"
        )
    for i, label in enumerate(labels):
        # The last label ends at the plot's edge so that it is not cut off.
        anchor = "end" if i == len(labels) - 1 and len(labels) > 1 else "middle"
        parts.append(
            f'<text x="{x(i):.1f}" y="{TOP + plot_h + 18}" text-anchor="{anchor}" font-size="12">'
            f"{escape(label)}</text>"
        )
    if target is not None:
        parts.append(
            f'<line x1="{LEFT}" y1="{y(target):.1f}" x2="{WIDTH - RIGHT}" y2="{y(target):.1f}" '
            f'stroke="#b00020" stroke-width="2" stroke-dasharray="2 4"/>'
        )
    for s in series:
        points = [(x(i), y(v)) for i, v in enumerate(s.values) if v is not None]
        if len(points) > 1:
            path = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
            dash = f' stroke-dasharray="{s.dash}"' if s.dash else ""
            parts.append(
                f'<polyline points="{path}" fill="none" stroke="{s.colour}" '
                f'stroke-width="2"{dash}/>'
            )
        parts.extend(_marker(s.marker, px, py, s.colour) for px, py in points)
    legend = [(s.name, s.colour, s.dash, s.marker) for s in series]
    if target is not None:
        legend.append((target_label, "#b00020", "2 4", ""))
    for (lx, ly), (name, colour, dash, marker) in zip(
        legend_positions([item[0] for item in legend]), legend, strict=True
    ):
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        parts.append(
            f'<line x1="{lx}" y1="{ly}" x2="{lx + 28}" y2="{ly}" stroke="{colour}" '
            f'stroke-width="2"{dash_attr}/>'
        )
        if marker:
            parts.append(_marker(marker, lx + 14, ly, colour))
        parts.append(f'<text x="{lx + 34}" y="{ly + 4}" font-size="12">{escape(name)}</text>')
    parts.append("</svg>")
    return "".join(parts)


# A 12 px label's width is reckoned at 7 px a character: wide enough for Liberation Sans and
# DejaVu Sans, the fonts the pages and the documents draw with.
LEGEND_CHAR, LEGEND_LINE, LEGEND_GAP = 7, 22, 24


def legend_positions(names: list[str]) -> list[tuple[int, int]]:
    """Where each legend item (line, marker, label) starts: side by side while they fit in
    the chart's width, on a second line below when they do not, never overlapping."""
    rows: list[list[tuple[int, int]]] = [[]]
    lx = LEFT
    for name in names:
        width = 34 + len(name) * LEGEND_CHAR
        if rows[-1] and lx + width > WIDTH - RIGHT:
            rows.append([])
            lx = LEFT
        rows[-1].append((lx, width))
        lx += width + LEGEND_GAP
    first = HEIGHT - 20 - LEGEND_LINE * (len(rows) - 1)
    return [(x, first + LEGEND_LINE * n) for n, row in enumerate(rows) for x, _w in row]


def tick_label(value: Decimal | float) -> str:
    """An axis label in Swedish notation with at most one decimal: 14 348, 0,5, −2,5."""
    return format_number(value, 1).removesuffix(",0")
