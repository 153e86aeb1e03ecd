"""An indicator's time series as a PNG, for Word documents (which cannot embed SVG).

The same design as `followup.chart`: total, women and men differ by line pattern and
marker as well as colour, and the target is a dotted line.
"""

from __future__ import annotations

import io
from decimal import Decimal

import matplotlib

matplotlib.use("Agg")  # no display: render to memory only

import matplotlib.pyplot as plt
from matplotlib.ticker import FuncFormatter

from followup.chart import Series, tick_label

MARKERS = {"circle": "o", "square": "s", "triangle": "^"}


def line_chart_png(
    title: str,
    labels: list[str],
    series: list[Series],
    target: Decimal | None = None,
    target_label: str = "",
) -> bytes:
    figure, axes = plt.subplots(figsize=(6.4, 3.0), dpi=150)
    try:
        positions = list(range(len(labels)))
        for s in series:
            points = [
                (i, float(v)) for i, v in zip(positions, s.values, strict=False) if v is not None
            ]
            if not points:
                continue
            xs, ys = zip(*points, strict=True)
            dash = tuple(int(n) for n in s.dash.split()) if s.dash else None
            (line,) = axes.plot(
                xs, ys, color=s.colour, marker=MARKERS.get(s.marker, "o"), label=s.name
            )
            if dash:
                line.set_dashes(dash)
        if target is not None:
            axes.axhline(
                float(target), color="#b00020", linestyle=":", linewidth=2, label=target_label
            )
        axes.set_xticks(positions, labels)
        axes.set_ylim(bottom=min(0.0, axes.get_ylim()[0]))
        axes.yaxis.set_major_formatter(FuncFormatter(lambda value, _position: tick_label(value)))
        # The document's heading names the measure; the title goes into the image's metadata.
        figure.suptitle("")
        axes.legend(
            fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.15), ncol=4, frameon=False
        )
        axes.spines[["top", "right"]].set_visible(False)
        figure.tight_layout()
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", metadata={"Title": title})
        return buffer.getvalue()
    finally:
        plt.close(figure)
