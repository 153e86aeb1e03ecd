"""The heat map of a plan document: severity rows (worst first) by probability columns.

Works on a plan as of today and on an adopted snapshot alike, from the matrix definition
and each risk's latest assessment in the document.
"""

from __future__ import annotations

from typing import Any

from internal_control.colour_contrast import is_colour
from internal_control.scoring import ClassRule, MatrixRules, ScoringError, classify


def rules_from_spec(matrix: dict[str, Any]) -> MatrixRules:
    """The scoring rules of a matrix definition (as stored in a plan document)."""
    return MatrixRules(
        scoring=matrix["scoring"],
        probability_values=tuple(sorted(lv["value"] for lv in matrix["probability"])),
        severity_values=tuple(sorted(lv["value"] for lv in matrix["severity"])),
        classes=tuple(
            ClassRule(c["code"], n, c["min_score"], c["max_score"])
            for n, c in enumerate(matrix["classes"], start=1)
        ),
        cells=tuple((c["probability"], c["severity"], c["class"]) for c in matrix["cells"]),
    )


def _class_of(rules: MatrixRules, probability: int, severity: int) -> str:
    try:
        return classify(rules, probability, severity)
    except ScoringError:
        return ""


def heat_grid(document: dict[str, Any]) -> dict[str, Any]:
    matrix = document["matrix"]
    rules = rules_from_spec(matrix)
    rank = {c["code"]: n for n, c in enumerate(matrix["classes"], start=1)}
    colour = {c["code"]: c.get("colour") for c in matrix["classes"] if is_colour(c.get("colour"))}
    risks_at: dict[tuple[int, int], list[int]] = {}
    unassessed = []
    for risk in document["risks"]:
        assessment = risk["assessment"]
        if not assessment or assessment["probability"] is None or assessment["severity"] is None:
            unassessed.append(risk["number"])
            continue
        key = (assessment["probability"], assessment["severity"])
        risks_at.setdefault(key, []).append(risk["number"])
    probabilities = sorted(matrix["probability"], key=lambda lv: lv["value"])
    rows = [
        {
            "severity": s,
            "cells": [
                {
                    "probability": p,
                    "class": _class_of(rules, p["value"], s["value"]),
                    "rank": rank.get(_class_of(rules, p["value"], s["value"]), 0),
                    "colour": colour.get(_class_of(rules, p["value"], s["value"])),
                    "risks": sorted(risks_at.get((p["value"], s["value"]), [])),
                }
                for p in probabilities
            ],
        }
        for s in sorted(matrix["severity"], key=lambda lv: -lv["value"])
    ]
    return {"probabilities": probabilities, "rows": rows, "unassessed": sorted(unassessed)}
