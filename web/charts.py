"""A bar chart of conferrals per year, drawn server-side as SVG (no chart library)."""

from __future__ import annotations

from html import escape
from typing import Sequence

WIDTH, HEIGHT = 720, 260
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 44, 12, 24, 36


def _fill_years(per_year: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Years without conferrals still get a (zero) bar so gaps are visible."""
    counts = dict(per_year)
    if not counts:
        return []
    return [(y, counts.get(y, 0)) for y in range(min(counts), max(counts) + 1)]


def _ticks(top: int) -> list[int]:
    """Three or four round values for the y axis."""
    if top <= 4:
        return list(range(0, top + 1))
    step = max(1, round(top / 4))
    return list(range(0, top + 1, step))


def bar_chart_svg(per_year: Sequence[tuple[int, int]], title: str = "Số lượt khen thưởng theo năm") -> str:
    """SVG markup (a string safe to embed in HTML) or "" when there is nothing to draw."""
    bars = _fill_years(per_year)
    if not bars:
        return ""
    top = max(c for _, c in bars) or 1
    plot_w = WIDTH - MARGIN_LEFT - MARGIN_RIGHT
    plot_h = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    slot = plot_w / len(bars)
    bar_w = max(2.0, min(slot * 0.7, 56.0))  # a few years should not give slabs
    # Label every year when they fit, else every n-th so labels do not collide.
    label_every = max(1, int(len(bars) * 40 / plot_w) + 1) if slot < 40 else 1

    def y_of(value: int) -> float:
        return MARGIN_TOP + plot_h - plot_h * value / top

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
    ]
    for tick in _ticks(top):
        y = y_of(tick)
        parts.append(
            f'<line class="grid" x1="{MARGIN_LEFT}" x2="{WIDTH - MARGIN_RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>'
            f'<text class="tick" x="{MARGIN_LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{tick}</text>'
        )
    for i, (year, count) in enumerate(bars):
        x = MARGIN_LEFT + i * slot + (slot - bar_w) / 2
        y = y_of(count)
        cx = x + bar_w / 2
        parts.append(
            f'<g class="bar" data-year="{year}" data-count="{count}">'
            f"<title>Năm {year}: {count} lượt</title>"
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{MARGIN_TOP + plot_h - y:.1f}"/>'
        )
        if count:
            parts.append(f'<text class="value" x="{cx:.1f}" y="{y - 4:.1f}" text-anchor="middle">{count}</text>')
        if i % label_every == 0:
            parts.append(
                f'<text class="year" x="{cx:.1f}" y="{HEIGHT - MARGIN_BOTTOM + 16}" text-anchor="middle">{year}</text>'
            )
        parts.append("</g>")
    parts.append(
        f'<line class="axis" x1="{MARGIN_LEFT}" x2="{WIDTH - MARGIN_RIGHT}" '
        f'y1="{MARGIN_TOP + plot_h}" y2="{MARGIN_TOP + plot_h}"/>'
    )
    parts.append("</svg>")
    return "".join(parts)
