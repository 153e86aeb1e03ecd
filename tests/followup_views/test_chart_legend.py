"""The chart's legend: items side by side while they fit, on a second line when they do not,
never one over another and never past the chart's edge."""

from __future__ import annotations

import re

from followup.chart import LEFT, RIGHT, WIDTH, Series, legend_positions, line_chart


def _spans(names: list[str]) -> list[tuple[int, int, int]]:
    return [
        (y, x, x + 34 + 7 * len(n))
        for (x, y), n in zip(legend_positions(names), names, strict=True)
    ]


def test_short_labels_share_one_line() -> None:
    spans = _spans(["Utfall", "Mål"])
    assert {y for y, _a, _b in spans} == {280}
    assert spans[0][2] < spans[1][1]


def test_long_labels_wrap_without_overlap() -> None:
    names = ["Planerat, ackumulerat", "Realiserat, ackumulerat", "Budgetgap: 120 mkr"]
    spans = _spans(names)
    assert len({y for y, _a, _b in spans}) == 2
    for y, start, end in spans:
        assert start >= LEFT and end <= WIDTH - RIGHT
        for other_y, other_start, other_end in spans:
            if (other_y, other_start) != (y, start) and other_y == y:
                assert end <= other_start or other_end <= start


def test_the_drawn_labels_are_where_the_layout_puts_them() -> None:
    svg = line_chart(
        "Effekter",
        ["jan", "feb"],
        [
            Series("Planerat, ackumulerat", [None, None], "#00457c", "", "circle"),
            Series("Realiserat, ackumulerat", [None, None], "#1e6b30", "6 3", "square"),
        ],
        target=None,
    )
    assert svg == ""  # nothing to draw
    svg = line_chart(
        "Effekter",
        ["jan", "feb"],
        [
            Series("Planerat, ackumulerat", [1, 2], "#00457c", "", "circle"),  # type: ignore[list-item]
            Series("Realiserat, ackumulerat", [1, None], "#1e6b30", "6 3", "square"),  # type: ignore[list-item]
        ],
        target=3,  # type: ignore[arg-type]
        target_label="Budgetgap: 3 mkr",
    )
    drawn = re.findall(r'<text x="(\d+)" y="(\d+)" font-size="12">([^<]+)</text>', svg)
    legend = {
        name: (int(x) - 34, int(y) - 4) for x, y, name in drawn if "mkr" in name or "," in name
    }
    names = ["Planerat, ackumulerat", "Realiserat, ackumulerat", "Budgetgap: 3 mkr"]
    assert [legend[n] for n in names] == legend_positions(names)
