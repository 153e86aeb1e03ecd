"""A region's economy at the scale of a large one, made up: units under a committee, each
with a frame and a detailed budget per cost type and three years of monthly ledger outcomes,
and a thousand measures for a balanced economy with calculations and realised effects.
The benchmarks time the consolidated page over it; the query-count tests reuse it."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

from economy.models import (
    BudgetAmount,
    BudgetFrame,
    BudgetKind,
    Calculation,
    CalculationInput,
    CostType,
    CostTypeKind,
    FinancialOutcome,
    LedgerImport,
    Measure,
    MeasureStatus,
    Programme,
    RealisedEffect,
)
from organisation.access import SYSTEM
from organisation.models import Role, RoleAssignment, Unit, UnitKind, User
from organisation.services.units import create_region

UNITS, COST_TYPES, MEASURES = 200, 8, 1000
YEARS = (2023, 2024, 2025)
YEAR = YEARS[-1]


@dataclass
class EconomyRegion:
    region: Unit
    committee: Unit
    controller: User
    measures: list[Measure]


def economy_region(
    name: str = "Ekonomiregionen",
    units: int = UNITS,
    cost_types: int = COST_TYPES,
    measures: int = MEASURES,
    seed: int = 7,
) -> EconomyRegion:
    rng = random.Random(seed)
    region = create_region(name, actor=SYSTEM)
    committee = Unit(parent=region, name="Nämnden", kind=UnitKind.COMMITTEE)
    committee.save()
    divisions = []
    for n in range(units):
        unit = Unit(parent=committee, name=f"Enhet {n}", kind=UnitKind.UNIT)
        unit.save()
        divisions.append(unit)
    controller = User.objects.create(username=f"{name.lower()}.controller", region=region)
    RoleAssignment.objects.create(user=controller, unit=committee, role=Role.CONTROLLER)
    types = CostType.objects.bulk_create(
        [
            CostType(
                region=region,
                code=f"kostnadsslag-{n}",
                name=f"Kostnadsslag {n}",
                kind=CostTypeKind.COST,
                order=n,
            )
            for n in range(cost_types)
        ]
    )
    _budgets_and_ledger(rng, committee, divisions, types)
    programmes = Programme.objects.bulk_create(
        [Programme(unit=committee, name=f"Program {n}", order=n) for n in range(3)]
    )
    made = Measure.objects.bulk_create(
        [
            Measure(
                unit=divisions[n % units],
                programme=programmes[n % 3] if n % 4 else None,
                number=n + 1,
                title=f"Åtgärd {n}",
                status=MeasureStatus.IN_PROGRESS if n % 2 else "",
                first_year=YEAR,
                last_year=YEAR,
            )
            for n in range(measures)
        ]
    )
    calculations = Calculation.objects.bulk_create(
        [
            Calculation(
                measure=m, year=YEAR, cost_type=types[n % cost_types], formula="antal × kostnad"
            )
            for n, m in enumerate(made)
        ]
    )
    CalculationInput.objects.bulk_create(
        [
            row
            for c in calculations
            for row in (
                CalculationInput(
                    calculation=c, key="antal", label="Antal", value=rng.randint(1, 9)
                ),
                CalculationInput(
                    calculation=c,
                    key="kostnad",
                    label="Kostnad",
                    value=rng.randint(100, 900),
                    unit="tkr",
                    kronor_per_unit=1000,
                ),
            )
        ],
        batch_size=5000,
    )
    RealisedEffect.objects.bulk_create(
        [
            RealisedEffect(
                measure=c.measure,
                calculation=c,
                year=YEAR,
                month=month,
                amount=None if month % 2 else Decimal(rng.randint(10_000, 500_000)),
                actual_inputs={"antal": str(rng.randint(1, 9))} if month % 2 else {},
                comment="Enligt huvudboken.",
            )
            for c in calculations
            for month in range(1, 7)
        ],
        batch_size=5000,
    )
    return EconomyRegion(region, committee, controller, made)


def _budgets_and_ledger(
    rng: random.Random, committee: Unit, divisions: list[Unit], types: list[CostType]
) -> None:
    for year in YEARS:
        frame = BudgetFrame.objects.create(unit=committee, year=year, total=Decimal(-1))
        BudgetAmount.objects.bulk_create(
            [
                BudgetAmount(
                    frame=frame,
                    unit=unit,
                    cost_type=cost_type,
                    kind=kind,
                    amount=Decimal(-rng.randint(10, 90))
                    - (1 if kind == BudgetKind.DETAILED else 0),
                )
                for unit in divisions
                for cost_type in types
                for kind in (BudgetKind.FRAME, BudgetKind.DETAILED)
            ],
            batch_size=5000,
        )
        ledger = LedgerImport.objects.create(
            region_id=committee.region_id,
            file_name=f"huvudbok-{year}.csv",
            checksum=f"{committee.region_id:032d}{year:032d}",
            row_count=len(divisions) * len(types) * 12,
        )
        FinancialOutcome.objects.bulk_create(
            [
                FinancialOutcome(
                    unit=unit,
                    cost_type=cost_type,
                    year=year,
                    month=month,
                    amount=Decimal(-rng.randint(100_000, 9_000_000)),
                    source=ledger,
                )
                for unit in divisions
                for cost_type in types
                for month in range(1, 13)
            ],
            batch_size=5000,
        )
