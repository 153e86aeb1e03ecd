"""The organisation's cost types: kept by its administrators and region-wide controllers,
started from a preset (economy/presets/)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import ProtectedError
from django.utils.translation import gettext as _

from audit.attribution import attributed
from audit.concurrency import save_versioned
from economy.access import cost_type_policy
from economy.models import CostType, CostTypeKind
from organisation.models import Unit

PRESETS = Path(__file__).resolve().parent.parent / "presets"
FIELDS = ("code", "name", "kind", "order")


def presets() -> dict[str, str]:
    """The presets by key, with the name each gives itself."""
    found = {}
    for path in sorted(PRESETS.glob("cost-types-*.yaml")):
        key = path.stem.removeprefix("cost-types-")
        found[key] = str(_read(key)["name"])
    return found


def _read(key: str) -> dict[str, Any]:
    path = PRESETS / f"cost-types-{key}.yaml"
    if not key.replace("-", "").isalnum() or not path.is_file():
        raise ValidationError({"preset": _("There is no such preset.")})
    with path.open(encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.safe_load(handle)
    return data


def _check_code(region: Unit, code: str, exclude: int | None = None) -> None:
    taken = (
        CostType.objects.filter(region=region, code=code)
        .exclude(pk__in=[exclude] if exclude else [])
        .exists()
    )
    if taken:
        raise ValidationError(
            {
                "code": _("Another cost type of the organisation has the code %(code)s.")
                % {"code": code}
            }
        )


def create_cost_type(actor: Any, region: Unit, **values: Any) -> CostType:
    if not cost_type_policy.can_create_in(actor, region):
        raise PermissionDenied
    _check_code(region, values["code"])
    if "order" not in values:
        last = CostType.objects.filter(region=region).order_by("-order").first()
        values["order"] = (last.order + 1) if last else 1
    cost_type = attributed(CostType(region=region, **values), actor)
    cost_type.full_clean()
    cost_type.save()
    return cost_type


def update_cost_type(
    actor: Any, cost_type: CostType, expected_version: int | None, **values: Any
) -> CostType:
    if not cost_type_policy.can_change(actor, cost_type):
        raise PermissionDenied
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise TypeError(f"Not cost type fields: {sorted(unknown)}")
    if "code" in values:
        _check_code(cost_type.region, values["code"], exclude=cost_type.pk)
    return save_versioned(cost_type, expected_version, values, actor=actor)  # type: ignore[return-value]


def delete_cost_type(actor: Any, cost_type: CostType) -> None:
    """Remove a cost type nothing is booked, budgeted or mapped on."""
    if not cost_type_policy.can_change(actor, cost_type):
        raise PermissionDenied
    try:
        with transaction.atomic():
            attributed(cost_type, actor).delete()
    except ProtectedError as error:
        raise ValidationError(
            _("%(name)s is in use (accounts, budget, outcomes or forecasts) and cannot be removed.")
            % {"name": cost_type.name}
        ) from error


@transaction.atomic
def load_preset(actor: Any, region: Unit, key: str) -> list[CostType]:
    """The preset's cost types that the organisation does not have yet (by code), in order."""
    if not cost_type_policy.can_create_in(actor, region):
        raise PermissionDenied
    data = _read(key)
    existing = set(CostType.objects.filter(region=region).values_list("code", flat=True))
    made = []
    for order, item in enumerate(data["cost_types"], start=1):
        if item["code"] in existing:
            continue
        made.append(
            create_cost_type(
                actor,
                region,
                code=item["code"],
                name=item["name"],
                kind=CostTypeKind(item["kind"]),
                order=order,
            )
        )
    return made
