"""Scoring a risk on a matrix: plain functions over plain values, no database.

A matrix is scored as probability × severity ("product") or probability + severity
("sum"), with classes by score bounds, or it names a class for each cell ("table", scored
as the product). The model layer turns a `RiskMatrix` into a `MatrixRules`.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _


class ScoringError(ValueError):
    """The pairing cannot be scored on this matrix."""


# The scorings whose classes are bands of scores (the other names a class per cell).
BY_BOUNDS = ("product", "sum")


def by_bounds(scoring: str) -> bool:
    return scoring in BY_BOUNDS


def combine(scoring: str, probability: int, severity: int) -> int:
    """A pairing's score by the matrix's rule: the sum for "sum", else the product."""
    return probability + severity if scoring == "sum" else probability * severity


@dataclass(frozen=True)
class ClassRule:
    code: str
    rank: int
    min_score: int | None = None
    max_score: int | None = None


@dataclass(frozen=True)
class MatrixRules:
    scoring: str  # "product", "sum" or "table"
    probability_values: tuple[int, ...]
    severity_values: tuple[int, ...]
    classes: tuple[ClassRule, ...]
    cells: tuple[tuple[int, int, str], ...] = ()  # (probability, severity, class code)

    @property
    def max_score(self) -> int:
        return combine(self.scoring, max(self.probability_values), max(self.severity_values))


def score(rules: MatrixRules, probability: int, severity: int) -> int:
    if probability not in rules.probability_values:
        raise ScoringError(f"probability {probability} is not a level of the matrix")
    if severity not in rules.severity_values:
        raise ScoringError(f"severity {severity} is not a level of the matrix")
    return combine(rules.scoring, probability, severity)


def classify(rules: MatrixRules, probability: int, severity: int) -> str:
    """The code of the class of a pairing (for example "R3")."""
    value = score(rules, probability, severity)
    if rules.scoring == "table":
        for p, s, code in rules.cells:
            if (p, s) == (probability, severity):
                return code
        raise ScoringError(f"no class for the cell {probability} × {severity}")
    for rule in rules.classes:
        low = rule.min_score if rule.min_score is not None else 0
        high = rule.max_score if rule.max_score is not None else rules.max_score
        if low <= value <= high:
            return rule.code
    raise ScoringError(f"no class covers the score {value}")


def coverage_problems(rules: MatrixRules) -> list[str]:
    """What is wrong with a matrix, in the reader's language: cells without a class, or
    score bounds that overlap."""
    problems = []
    for p in rules.probability_values:
        for s in rules.severity_values:
            try:
                classify(rules, p, s)
            except ScoringError:
                if rules.scoring == "table":
                    problems.append(
                        _("no class for the cell %(probability)s × %(severity)s")
                        % {"probability": p, "severity": s}
                    )
                else:
                    problems.append(
                        _("no class covers the score %(score)s")
                        % {"score": combine(rules.scoring, p, s)}
                    )
                continue
            if by_bounds(rules.scoring):
                value = combine(rules.scoring, p, s)
                matches = [
                    c.code
                    for c in rules.classes
                    if (c.min_score or 0) <= value <= (c.max_score or rules.max_score)
                ]
                if len(matches) > 1:
                    problems.append(
                        _("the score %(score)s falls in several classes: %(codes)s")
                        % {"score": value, "codes": ", ".join(matches)}
                    )
    return sorted(set(problems))
