"""An assessment in the words of the plan's matrix: the levels' labels where the matrix has
them, the numbers and their product where its scales are given by numbers only."""

from __future__ import annotations

from typing import Any


def _label(matrix: dict[str, Any], axis: str, value: int) -> str:
    for level in matrix.get(axis, []):
        if level["value"] == value:
            return str(level.get("label") or "")
    return ""


def level_label(matrix: dict[str, Any], axis: str, value: int) -> str:
    """The label of a level in a matrix definition, e.g. "Betydande" for severity 3; its
    value when the matrix gives the level no label."""
    return _label(matrix, axis, value) or str(value)


def assessment_text(matrix: dict[str, Any], assessment: dict[str, Any]) -> str:
    """An assessment as the plan's matrix writes it: by the levels' labels
    ("Allvarlighetsgrad Betydande, Sannolikhet Stor"), or, on scales given by their numbers
    only, as the product ("Sannolikhet 4 × Konsekvens 4 = 16")."""
    probability, severity = assessment["probability"], assessment["severity"]
    if not _label(matrix, "probability", probability) and not _label(matrix, "severity", severity):
        return (
            f"{matrix['probability_name']} {probability} × "
            f"{matrix['severity_name']} {severity} = {assessment['score']}"
        )
    return (
        f"{matrix['severity_name']} {level_label(matrix, 'severity', severity)}, "
        f"{matrix['probability_name']} {level_label(matrix, 'probability', probability)}"
    )
