"""Risk matrices: built from a preset, scored through `internal_control.scoring`, versioned."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from audit.attribution import attributed
from internal_control.access import matrix_policy
from internal_control.colour_contrast import (
    MINIMUM_RATIO,
    TEXT_COLOUR,
    carries_text,
    contrast_ratio,
    is_colour,
)
from internal_control.matrix_start import MOST_CLASSES
from internal_control.models import (
    Axis,
    MatrixCell,
    MatrixLevel,
    PlanStatus,
    RiskClass,
    RiskMatrix,
)
from internal_control.scoring import (
    ClassRule,
    MatrixRules,
    ScoringError,
    classify,
    coverage_problems,
    score,
)
from organisation.models import Unit


def rules_of(matrix: RiskMatrix) -> MatrixRules:
    """The plain rules of a matrix. Prefetch levels, classes and cells to avoid queries."""
    levels = list(matrix.levels.all())
    classes = sorted(matrix.classes.all(), key=lambda c: c.rank)
    codes = {c.pk: c.code for c in classes}
    return MatrixRules(
        scoring=matrix.scoring,
        probability_values=tuple(sorted(lv.value for lv in levels if lv.axis == Axis.PROBABILITY)),
        severity_values=tuple(sorted(lv.value for lv in levels if lv.axis == Axis.SEVERITY)),
        classes=tuple(ClassRule(c.code, c.rank, c.min_score, c.max_score) for c in classes),
        cells=tuple(
            (c.probability, c.severity, codes[c.risk_class_id]) for c in matrix.cells.all()
        ),
    )


def class_for(matrix: RiskMatrix, probability: int, severity: int) -> tuple[int, RiskClass]:
    """Score and class of a pairing; a ValidationError names the field that is out of the matrix."""
    rules = rules_of(matrix)
    if probability not in rules.probability_values:
        raise ValidationError({"probability": _("Choose a probability of the plan's matrix.")})
    if severity not in rules.severity_values:
        raise ValidationError({"severity": _("Choose a severity of the plan's matrix.")})
    try:
        code = classify(rules, probability, severity)
    except ScoringError as error:
        raise ValidationError(_("The matrix gives no class for this assessment.")) from error
    by_code = {c.code: c for c in matrix.classes.all()}
    return score(rules, probability, severity), by_code[code]


def is_in_use(matrix: RiskMatrix) -> bool:
    """A matrix under an adopted plan is frozen."""
    return matrix.plans.filter(status=PlanStatus.ADOPTED).exists()


@transaction.atomic
def create_matrix(region: Unit, spec: dict[str, Any], *, actor: Any) -> RiskMatrix:
    """A matrix from a preset or an administrator's definition (see presets/README.md)."""
    if not matrix_policy.can_create_in(actor, region):
        raise PermissionDenied
    problems = class_problems(spec.get("classes") or [])
    if problems:
        raise ValidationError({"classes": problems})
    previous = spec.get("previous")
    if previous is None and RiskMatrix.objects.filter(unit=region, name=spec["name"]).exists():
        raise ValidationError(
            {
                "name": _(
                    "The region already has a matrix named %(name)s. Choose another name, "
                    "or make a new edition of that matrix."
                )
                % {"name": spec["name"]}
            }
        )
    matrix = RiskMatrix(
        unit=region,
        name=spec["name"],
        edition=spec.get("edition", 1),
        previous=previous,
        scoring=spec["scoring"],
        probability_name=spec["probability_name"],
        severity_name=spec["severity_name"],
        description=spec.get("description", ""),
    )
    attributed(matrix, actor)
    matrix.full_clean()
    matrix.save()
    for axis, key in ((Axis.PROBABILITY, "probability"), (Axis.SEVERITY, "severity")):
        for level in spec[key]:
            MatrixLevel.objects.create(
                matrix=matrix,
                axis=axis,
                value=level["value"],
                label=level.get("label") or "",
                description=level.get("description", ""),
            )
    classes = {}
    for rank, data in enumerate(spec["classes"], start=1):
        classes[data["code"]] = RiskClass.objects.create(
            matrix=matrix,
            code=data["code"],
            response=data["response"],
            min_score=data.get("min_score"),
            max_score=data.get("max_score"),
            colour=data.get("colour", "#ffffff"),
            rank=rank,
            requires_action=data.get("requires_action", False),
            control_answers=data.get("control_answers", False),
            refuses_unanswered=data.get("refuses_unanswered", True),
        )
    for cell in spec.get("cells", []):
        MatrixCell.objects.create(
            matrix=matrix,
            probability=cell["probability"],
            severity=cell["severity"],
            risk_class=classes[cell["class"]],
        )
    problems = coverage_problems(rules_of(matrix))
    if problems:
        raise ValidationError(
            _("The matrix is incomplete: %(problems)s") % {"problems": "; ".join(problems)}
        )
    return matrix


def class_problems(classes: list[dict[str, Any]]) -> list[str]:
    """What is wrong with a definition's classes, each message naming the class: a class
    needs a code of its own and a response, and its colour must carry the pages' text."""
    problems = []
    if not 2 <= len(classes) <= MOST_CLASSES:
        problems.append(_("A matrix has 2 to %(most)s classes.") % {"most": MOST_CLASSES})
    codes = [str(c.get("code") or "").strip() for c in classes]
    for number, (data, code) in enumerate(zip(classes, codes, strict=True), start=1):
        name = code or _("number %(number)s") % {"number": number}
        if not code:
            problems.append(_("Class %(name)s: write its code.") % {"name": name})
        elif codes.count(code) > 1 and codes.index(code) == number - 1:
            problems.append(_("Class %(name)s: two classes have this code.") % {"name": name})
        if not str(data.get("response") or "").strip():
            problems.append(_("Class %(name)s: write the response it prescribes.") % {"name": name})
        colour = str(data.get("colour") or "#ffffff")
        if not is_colour(colour):
            problems.append(
                _("Class %(name)s: write the colour as # and six hexadecimal digits.")
                % {"name": name}
            )
        elif not carries_text(colour):
            problems.append(
                _(
                    "Class %(name)s: the colour %(colour)s gives the text a contrast of "
                    "%(ratio)s : 1; it needs at least %(minimum)s : 1. Choose a lighter colour."
                )
                % {
                    "name": name,
                    "colour": colour,
                    "ratio": f"{contrast_ratio(colour, TEXT_COLOUR):.1f}".replace(".", ","),
                    "minimum": str(MINIMUM_RATIO).replace(".", ","),
                }
            )
    return problems


def matrix_spec(matrix: RiskMatrix) -> dict[str, Any]:
    """A matrix as a definition, to start a new edition from or to export."""
    levels = list(matrix.levels.all())
    classes = sorted(matrix.classes.all(), key=lambda c: c.rank)
    return {
        "name": matrix.name,
        "scoring": matrix.scoring,
        "probability_name": matrix.probability_name,
        "severity_name": matrix.severity_name,
        "description": matrix.description,
        "probability": [
            {"value": lv.value, "label": lv.label, "description": lv.description}
            for lv in levels
            if lv.axis == Axis.PROBABILITY
        ],
        "severity": [
            {"value": lv.value, "label": lv.label, "description": lv.description}
            for lv in levels
            if lv.axis == Axis.SEVERITY
        ],
        "classes": [
            {
                "code": c.code,
                "response": c.response,
                "min_score": c.min_score,
                "max_score": c.max_score,
                "colour": c.colour,
                "requires_action": c.requires_action,
                "control_answers": c.control_answers,
                "refuses_unanswered": c.refuses_unanswered,
            }
            for c in classes
        ],
        "cells": [
            {"probability": c.probability, "severity": c.severity, "class": c.risk_class.code}
            for c in matrix.cells.select_related("risk_class")
        ],
    }


def new_edition(actor: Any, matrix: RiskMatrix, changes: dict[str, Any]) -> RiskMatrix:
    """The next edition of a matrix with `changes` applied; the old one stays as it was."""
    if not matrix_policy.can_change(actor, matrix):
        raise PermissionDenied
    latest = (
        RiskMatrix.objects.filter(unit=matrix.unit, name=matrix.name).order_by("-edition").first()
    )
    spec = matrix_spec(matrix) | changes
    spec["edition"] = (latest.edition if latest else matrix.edition) + 1
    spec["previous"] = matrix
    return create_matrix(matrix.unit, spec, actor=actor)
