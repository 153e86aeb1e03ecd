"""Load demo_data/ledger/: an organisation's cost types from a preset, the mapping of its
financial system's cost centres and accounts, and ledger exports read through the ledger
import, as a person's upload is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from economy.models import AccountMapping, CostCentreMapping, CostType
from economy.services import cost_types, mappings
from economy.services.ledger import earlier_import
from exchange import services
from exchange.demo.files import each_yaml
from exchange.demo.organisation import LoadReport
from exchange.imports.ledger import ledger_kind
from organisation.access import SYSTEM
from organisation.models import Unit


def _region(data: dict[str, Any]) -> Unit:
    return Unit.objects.get(parent__isnull=True, name=data["region"])


def load_codes(folder: Path, report: LoadReport) -> None:
    for data in each_yaml(folder):
        region = _region(data)
        example = bool(data.get("example", False))
        if "cost_type_preset" in data:
            for _made in cost_types.load_preset(SYSTEM, region, data["cost_type_preset"]):
                report.count("cost types")
        by_code = {c.code: c for c in CostType.objects.filter(region=region)}
        units = {u.name: u for u in Unit.objects.filter(path__startswith=region.path)}
        known = set(
            CostCentreMapping.objects.filter(region=region).values_list("cost_centre", flat=True)
        )
        for item in data.get("cost_centres", []):
            if item["cost_centre"] in known:
                continue
            mappings.create_cost_centre_mapping(
                SYSTEM,
                region,
                cost_centre=item["cost_centre"],
                unit=units[item["unit"]],
                is_example=example,
            )
            report.count("cost centre mappings")
        ranges = set(
            AccountMapping.objects.filter(region=region).values_list("first_account", flat=True)
        )
        for item in data.get("accounts", []):
            if item["first"] in ranges:
                continue
            mappings.create_account_mapping(
                SYSTEM,
                region,
                first_account=item["first"],
                last_account=item["last"],
                cost_type=by_code[item["cost_type"]],
                is_example=example,
            )
            report.count("account mappings")


def load_ledger_files(folder: Path, report: LoadReport) -> None:
    """Each file through the ledger import; a file read before is left as it is."""
    for data in each_yaml(folder):
        region = _region(data)
        for name in data.get("ledger_files", []):
            content = (folder / name).read_bytes()
            if earlier_import(region, services.checksum_of(content)) is not None:
                continue
            services.import_file(
                SYSTEM,
                region,
                ledger_kind,
                name,
                content,
                is_example=bool(data.get("example", False)),
            )
            report.count("ledger imports")
