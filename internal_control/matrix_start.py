"""Where a new risk matrix starts: one of the presets that ship in internal_control/presets/,
or an empty matrix of the size the organisation names, with score bounds and colours
proposed for it. Either way the result is a definition (see presets/README.md) that the
administrator then completes on the page. Plain functions over files, no database."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from internal_control.scoring import combine

PRESETS = Path(__file__).resolve().parent / "presets"
SMALLEST, LARGEST = 3, 6
MOST_CLASSES = 6
# Light tints from green to red that all carry the pages' text (internal_control.colour_contrast).
TINTS = ("#d9f2dc", "#eef5c8", "#fff4b3", "#ffe3b0", "#ffd6a8", "#ffc2c2")


@dataclass(frozen=True)
class Preset:
    key: str
    name: str
    size: str  # "4 × 4"
    spec: dict[str, Any]


def presets() -> list[Preset]:
    """The shipped matrices, by file name: matrix-<key>.yaml."""
    found = []
    for path in sorted(PRESETS.glob("matrix-*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        size = f"{len(spec['probability'])} × {len(spec['severity'])}"
        found.append(Preset(path.stem.removeprefix("matrix-"), spec["name"], size, spec))
    return found


def preset(key: str) -> Preset | None:
    return next((p for p in presets() if p.key == key), None)


def _tints(count: int) -> list[str]:
    if count <= 1:
        return [TINTS[0]]
    return [TINTS[round(i * (len(TINTS) - 1) / (count - 1))] for i in range(count)]


def score_bounds(highest: int, classes: int) -> list[tuple[int, int]]:
    """Scores 1..highest split into `classes` consecutive bands, none empty: a proposal."""
    classes = max(1, min(classes, highest))
    bounds, low = [], 1
    for n in range(classes):
        high = round(highest * (n + 1) / classes)
        high = max(high, low)
        bounds.append((low, high))
        low = high + 1
    return bounds


def blank_spec(
    probability_levels: int, severity_levels: int, classes: int, scoring: str = "product"
) -> dict[str, Any]:
    """An empty matrix of the given size: the levels are numbered from 1 without labels,
    the classes have proposed score bounds and colours and no code or response, which the
    administrator writes. A matrix with a class per cell ("table") starts with each cell in
    the class its score's band proposes."""
    if scoring not in ("product", "sum", "table"):
        raise ValueError(f"unknown scoring {scoring!r}")
    for count in (probability_levels, severity_levels):
        if not SMALLEST <= count <= LARGEST:
            raise ValueError(f"a scale has {SMALLEST} to {LARGEST} levels, not {count}")
    if not 2 <= classes <= MOST_CLASSES:
        raise ValueError(f"a matrix has 2 to {MOST_CLASSES} classes, not {classes}")
    bounds = score_bounds(combine(scoring, probability_levels, severity_levels), classes)
    return {
        "name": "",
        "scoring": scoring,
        "probability_name": "",
        "severity_name": "",
        "description": "",
        "probability": [{"value": v, "label": ""} for v in range(1, probability_levels + 1)],
        "severity": [{"value": v, "label": ""} for v in range(1, severity_levels + 1)],
        "classes": [
            {
                "code": "",
                "response": "",
                "min_score": low,
                "max_score": high,
                "colour": colour,
                "requires_action": False,
                "control_answers": False,
                "refuses_unanswered": True,
            }
            for (low, high), colour in zip(bounds, _tints(len(bounds)), strict=True)
        ],
        "cells": [],
    }
