"""What the budget page shows of a frame: its budget by unit and cost type as frame and as
detailed budget, the budget gap, and whether its total follows from its changes.

A fixed number of queries whatever the number of units, cost types and changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from economy.budget_table import Line, Row, budget_gap, budget_table, roll_up
from economy.frame_total import FrameTotal, follow_total
from economy.models import BudgetAmount, BudgetFrame, BudgetKind, CostType
from economy.services.budget import budget_units
from followup.numbers import format_number
from organisation.models import Unit, UnitKind

ELECTED = (UnitKind.COMMITTEE, UnitKind.BOARD, UnitKind.COUNCIL)


@dataclass(frozen=True)
class LineView:
    kind: str
    label: str
    unit: Unit | None
    cells: tuple[str, ...]
    net: str


def line_labels(frame_unit: Unit) -> dict[str, str]:
    """Seed 002's row labels for a committee's frame; plain ones for any other unit's."""
    if frame_unit.kind in ELECTED:
        return {
            "units_sum": _("Total, officials' budget"),
            "own": _("Total, elected members' budget"),
            "total": pgettext("budget by cost type", "Total"),
        }
    return {
        "units_sum": _("Total of the units under %(unit)s") % {"unit": frame_unit.name},
        "own": frame_unit.name,
        "total": pgettext("budget by cost type", "Total"),
    }


def _views(lines: Sequence[Line], units: dict[int, Unit], labels: dict[str, str]) -> list[LineView]:
    views = []
    for line in lines:
        unit = units.get(line.unit_id) if line.unit_id is not None else None
        label = unit.name if line.kind == "unit" and unit else labels[line.kind]
        views.append(
            LineView(
                line.kind,
                label,
                unit,
                tuple(format_number(c) for c in line.cells),
                format_number(line.net),
            )
        )
    return views


def budget_page(frame: BudgetFrame) -> dict[str, Any]:
    units = budget_units(frame)
    rows = [Row(u.pk, u.path) for u in units[:-1]]
    own = Row(frame.unit.pk, frame.unit.path)
    cost_types = list(CostType.objects.filter(region_id=frame.unit.region_id))
    ids = [c.pk for c in cost_types]
    by_kind: dict[str, list[tuple[str, int, Decimal]]] = {k: [] for k in BudgetKind.values}
    is_example = frame.is_example
    for path, cost_type_id, kind, amount, example in BudgetAmount.objects.filter(
        frame=frame
    ).values_list("unit__path", "cost_type_id", "kind", "amount", "is_example"):
        by_kind[kind].append((path, cost_type_id, amount))
        is_example = is_example or example
    frame_cells = roll_up(by_kind[BudgetKind.FRAME], rows, own)
    detailed_cells = roll_up(by_kind[BudgetKind.DETAILED], rows, own)
    by_id = {u.pk: u for u in units}
    labels = line_labels(frame.unit)
    changes = list(frame.frame_changes.all())
    registered = {unit_id for unit_id, _ct in detailed_cells}
    framed = {unit_id for unit_id, _ct in frame_cells}
    return {
        "cost_types": cost_types,
        "units": units,
        "frame_lines": _views(budget_table(rows, own, ids, frame_cells), by_id, labels),
        "detailed_lines": _views(budget_table(rows, own, ids, detailed_cells), by_id, labels),
        "gap_lines": _views(budget_gap(rows, own, ids, detailed_cells, frame_cells), by_id, labels),
        "not_registered": [u for u in units if u.pk in framed and u.pk not in registered],
        "changes": changes,
        "total_check": frame_total(frame, changes),
        "is_example": is_example,
    }


def frame_total(frame: BudgetFrame, changes: Sequence[Any]) -> FrameTotal:
    return follow_total(frame.total_previous_year, frame.total, [c.amount for c in changes])
