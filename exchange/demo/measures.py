"""Load demo_data/economy/measures/: a unit's measures for a balanced economy, linked to the
risk, actions and assignments of its internal control plan, with example calculations and
realised effects marked as examples.

Writes go through the economy's services as the system actor. Loading again adds only
what is missing.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from django.utils.translation import gettext as _

from economy.models import (
    Calculation,
    CostType,
    Measure,
    Programme,
    RealisedEffect,
)
from economy.money import KRONOR_PER
from economy.services.calculations import InputValues, create_calculation
from economy.services.effects import report_effect
from economy.services.measures import create_measure, set_measure_links
from exchange.demo.files import each_yaml, read_yaml
from exchange.demo.organisation import LoadReport
from internal_control.models import Action, ControlPlan
from organisation.access import SYSTEM
from organisation.models import Unit
from planning.models import Assignment


def _unit(data: dict[str, Any]) -> Unit:
    region = Unit.objects.get(parent__isnull=True, name=data["region"])
    return Unit.objects.get(path__startswith=region.path, name=data["unit"])


def _cost_types(region: Unit, specs: list[dict[str, Any]], report: LoadReport) -> None:
    for order, spec in enumerate(specs, start=1):
        if CostType.objects.filter(region=region, name=spec["name"]).exists():
            continue
        CostType.objects.create(
            region=region, code=spec["code"], name=spec["name"], kind=spec["kind"], order=order
        )
        report.count("cost types")


def load_measures(folder: Path, control_plans: Path, report: LoadReport) -> None:
    for data in each_yaml(folder):
        load_unit_measures(data, control_plans, report)


def load_unit_measures(data: dict[str, Any], control_plans: Path, report: LoadReport) -> None:
    unit = _unit(data)
    region = Unit.objects.get(pk=unit.region_id)
    _cost_types(region, data.get("cost_types", []), report)
    plan_data = read_yaml(control_plans / data["control_plan"])
    plan = ControlPlan.objects.get(unit=unit, year=plan_data["year"])
    texts = {
        str(item["key"]): item["text"]
        for area in plan_data.get("goal_areas", [])
        for item in area.get("assignments", [])
    }
    for spec in data["measures"]:
        measure = Measure.objects.filter(unit=unit, number=spec["number"]).first()
        if measure is None:
            measure = _new_measure(unit, plan, spec, texts, report)
        for calculation in spec.get("example", {}).get("calculations", []):
            _example_calculation(measure, calculation, report)
        for effect in spec.get("example", {}).get("effects", []):
            _example_effect(measure, effect, report)


def _new_measure(
    unit: Unit,
    plan: ControlPlan,
    spec: dict[str, Any],
    texts: dict[str, str],
    report: LoadReport,
) -> Measure:
    assignment = Assignment.objects.get(unit=unit, year=plan.year, text=texts[spec["assignment"]])
    programme = None
    if name := spec.get("programme"):
        # The programmes are seed 003's, loaded with the audit; without them, no link.
        programme = Programme.objects.filter(unit=unit, name=name).first()
    measure = create_measure(
        SYSTEM,
        unit,
        number=spec["number"],
        title=spec["title"],
        description=assignment.text,
        programme=programme,
        first_year=spec["first_year"],
        last_year=spec["last_year"],
    )
    set_measure_links(
        SYSTEM,
        measure,
        None,
        risks=[plan.risks.get(number=spec["risk"])],
        assignments=[assignment],
        actions=list(Action.objects.filter(plan=plan, number__in=spec.get("actions", []))),
    )
    report.count("measures for a balanced economy")
    return measure


def _inputs(specs: list[dict[str, Any]]) -> list[InputValues]:
    return [
        InputValues(
            str(i["key"]),
            i["label"],
            Decimal(str(i["value"])),
            i.get("unit", ""),
            KRONOR_PER.get(str(i.get("unit", "")).lower(), Decimal(1)),
        )
        for i in specs
    ]


def _example_calculation(measure: Measure, spec: dict[str, Any], report: LoadReport) -> None:
    cost_type = CostType.objects.get(region_id=measure.unit.region_id, name=spec["cost_type"])
    if Calculation.objects.filter(measure=measure, year=spec["year"], cost_type=cost_type).exists():
        return
    create_calculation(
        SYSTEM,
        measure,
        year=spec["year"],
        cost_type=cost_type,
        formula=spec["formula"],
        explanation=spec.get("explanation", ""),
        from_month=spec.get("from_month", 1),
        inputs=_inputs(spec["inputs"]),
        is_example=True,
    )
    report.count("example calculations")


def _example_effect(measure: Measure, spec: dict[str, Any], report: LoadReport) -> None:
    calculation = measure.calculations.filter(year=spec["year"]).first()
    found = RealisedEffect.objects.filter(
        measure=measure, calculation=calculation, year=spec["year"], month=spec["month"]
    )
    if found.exists():
        return
    actual = {str(k): Decimal(str(v)) for k, v in (spec.get("actual_inputs") or {}).items()}
    report_effect(
        SYSTEM,
        measure,
        year=spec["year"],
        month=spec["month"],
        calculation=calculation,
        amount=Decimal(str(spec["amount"])) if "amount" in spec else None,
        actual_inputs=actual,
        comment=spec.get("comment") or _("Example figures – not from the source document"),
        is_example=True,
    )
    report.count("example realised effects")
