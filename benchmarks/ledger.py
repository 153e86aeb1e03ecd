"""Figures for the ledger import: a generated 100,000-row ledger export, checked for its
preview and then read into outcomes, all in one transaction."""

from __future__ import annotations

from collections.abc import Callable

from benchmarks import timed
from economy.models import CostType, FinancialOutcome
from economy.services import cost_types, mappings
from exchange import services
from exchange.imports.ledger import ledger_kind
from organisation.access import SYSTEM
from organisation.models import Unit, UnitKind
from organisation.services.units import create_region

ROWS = 100_000
UNITS = 50
MONTHS = 12
# Account ranges of the generated region, one per cost type of the preset.
RANGES = [
    ("3000", "3799", "externa-intakter"),
    ("3800", "3999", "interna-intakter"),
    ("5000", "5999", "personalkostnader"),
    ("4500", "4599", "lakemedel"),
    ("4000", "4499", "ovriga-externa-omkostnader"),
    ("7700", "7899", "avskrivningar"),
    ("7900", "7999", "interna-kostnader"),
]


def _region() -> Unit:
    region = create_region("Huvudboksregionen", actor=SYSTEM)
    division = Unit(parent=region, name="Division", kind=UnitKind.DIVISION)
    division.save()
    cost_types.load_preset(SYSTEM, region, "rjh")
    by_code = {c.code: c for c in CostType.objects.filter(region=region)}
    for first, last, code in RANGES:
        mappings.create_account_mapping(
            SYSTEM, region, first_account=first, last_account=last, cost_type=by_code[code]
        )
    for number in range(UNITS):
        unit = Unit(parent=division, name=f"Enhet {number + 1}", kind=UnitKind.UNIT)
        unit.save()
        mappings.create_cost_centre_mapping(
            SYSTEM, region, cost_centre=str(1000 + number), unit=unit
        )
    return region


def ledger_file(rows: int = ROWS) -> bytes:
    """A ledger export as Excel saves it: `;`, decimal comma, a title row, UTF-8 with BOM."""
    accounts = [f"{first[:2]}{n:02d}" for first, _last, _code in RANGES for n in range(10, 40)]
    lines = ["Huvudbok 2025;;;;", "Period;Ansvar;Konto;Belopp;Text"]
    for index in range(rows):
        month = index % MONTHS + 1
        cost_centre = 1000 + (index // MONTHS) % UNITS
        account = accounts[(index // (MONTHS * UNITS)) % len(accounts)]
        amount = f"{(index % 9973) * 10 + 0.5:.2f}".replace(".", ",")
        lines.append(f"2025{month:02d};{cost_centre};{account};{amount};Rad {index + 1}")
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def run(emit: Callable[..., None]) -> None:
    region = _region()
    content = ledger_file()
    seconds, result = timed(
        lambda: services.check_file(SYSTEM, region, ledger_kind, "huvudbok.csv", content)
    )
    emit(
        "ledger.preview_100000_rows",
        seconds,
        rows=result.checked.row_count,
        problems=len(result.checked.problems),
        megabytes=round(len(content) / 1024 / 1024, 1),
    )
    seconds, _saved = timed(
        lambda: services.import_file(SYSTEM, region, ledger_kind, "huvudbok.csv", content)
    )
    emit("ledger.import_100000_rows", seconds, rows=ROWS, outcomes=FinancialOutcome.objects.count())
