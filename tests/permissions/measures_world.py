"""The economy objects of the permission world, made on first use inside each test (and so
rolled back with it): a cost type, a budget with a gap, a programme, a measure owned by the
owner with a calculation and a realised effect, and a measure owned by nobody."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from economy.models import (
    BudgetAmount,
    BudgetFrame,
    BudgetKind,
    Calculation,
    CostType,
    CostTypeKind,
    Measure,
    Programme,
    RealisedEffect,
)
from economy.services.calculations import InputValues, create_calculation
from economy.services.effects import report_effect
from economy.services.measures import create_measure, create_programme
from organisation.access import SYSTEM
from tests.permissions.world import PermWorld

YEAR = 2025


@dataclass
class EconomyObjects:
    staff: CostType
    programme: Programme
    measure: Measure  # owned by the owner
    other_measure: Measure  # owned by nobody
    calculation: Calculation  # of `measure`
    effect: RealisedEffect  # of `measure`, January


def economy_of(w: PermWorld) -> EconomyObjects:
    committee = w.base.committee
    staff = CostType.objects.filter(region=w.base.region, code="personal").first()
    if staff is None:
        return _build(w)
    measure = Measure.objects.get(unit=committee, number=1)
    return EconomyObjects(
        staff=staff,
        programme=Programme.objects.filter(unit=committee).earliest("pk"),
        measure=measure,
        other_measure=Measure.objects.get(unit=committee, number=2),
        calculation=measure.calculations.earliest("pk"),
        effect=measure.effects.earliest("pk"),
    )


def _build(w: PermWorld) -> EconomyObjects:
    b = w.base
    staff = CostType.objects.create(
        region=b.region, code="personal", name="Personalkostnader", kind=CostTypeKind.COST
    )
    # The permission world's budget frame of the year, where it has one.
    frame, _made = BudgetFrame.objects.get_or_create(
        unit=b.committee, year=YEAR, defaults={"total": Decimal(-600)}
    )
    for kind, amount in ((BudgetKind.FRAME, -600), (BudgetKind.DETAILED, -680)):
        BudgetAmount.objects.create(
            frame=frame, unit=b.division, cost_type=staff, kind=kind, amount=Decimal(amount)
        )
    programme = create_programme(SYSTEM, b.committee, name="Rätt storlek, rätt stöd")
    measure = create_measure(
        SYSTEM,
        b.committee,
        number=1,
        title="Minskad hyrbemanning",
        programme=programme,
        owner=b.owner,
        first_year=YEAR,
        last_year=YEAR + 1,
    )
    other = create_measure(
        SYSTEM,
        b.committee,
        number=2,
        title="Minskning av köpt vård",
        first_year=YEAR,
        last_year=YEAR,
    )
    calculation = create_calculation(
        SYSTEM,
        measure,
        year=YEAR,
        cost_type=staff,
        formula="årsarbeten × kostnad",
        inputs=[
            InputValues("årsarbeten", "Färre inhyrda årsarbeten", Decimal(12), "årsarbeten"),
            InputValues("kostnad", "Kostnad per årsarbete", Decimal(1450), "tkr", Decimal(1000)),
        ],
    )
    effect = report_effect(
        SYSTEM, measure, year=YEAR, month=1, amount=Decimal(1_000_000), comment="Huvudboken"
    )
    return EconomyObjects(staff, programme, measure, other, calculation, effect)
