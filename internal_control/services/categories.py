"""The organisation's risk categories: kept by its administrators, started from a preset
(internal_control/presets/categories-*.yaml), and the one check of a risk's category."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from audit.attribution import attributed
from audit.concurrency import save_versioned
from internal_control.access import risk_category_policy
from internal_control.models import Risk, RiskCategory, RiskWords
from organisation.models import Unit

PRESETS = Path(__file__).resolve().parent.parent / "presets"
FIELDS = ("code", "name", "order")


def categories_of(region_id: int) -> dict[str, RiskCategory]:
    """The organisation's categories by code, in their order."""
    return {c.code: c for c in RiskCategory.objects.filter(region_id=region_id)}


def heading_of(region_id: int) -> str:
    """What the organisation calls its categories; empty where it has not said."""
    words = RiskWords.objects.filter(region_id=region_id).first()
    return words.category_heading if words is not None else ""


def described(region_id: int, code: str) -> tuple[str, str]:
    """The heading of the organisation's list and the code with its category's name."""
    found = RiskCategory.objects.filter(region_id=region_id, code=code).first() if code else None
    return heading_of(region_id) or _("Risk category"), str(found) if found else code


def check_category(region_id: int, code: str, known: dict[str, RiskCategory] | None = None) -> None:
    """A risk's category is empty or one of its organisation's, on every path that writes it."""
    if not code:
        return
    known = categories_of(region_id) if known is None else known
    if code in known:
        return
    codes = ", ".join(known) or _("none yet")
    raise ValidationError(
        {
            "requirement_type": _(
                "“%(code)s” is not a risk category of the organisation (%(codes)s)."
            )
            % {"code": code, "codes": codes}
        }
    )


def presets() -> dict[str, str]:
    """The presets by key, with the name each gives itself."""
    return {
        path.stem.removeprefix("categories-"): str(
            _read(path.stem.removeprefix("categories-"))["name"]
        )
        for path in sorted(PRESETS.glob("categories-*.yaml"))
    }


def _read(key: str) -> dict[str, Any]:
    path = PRESETS / f"categories-{key}.yaml"
    if not key.replace("-", "").isalnum() or not path.is_file():
        raise ValidationError({"preset": _("There is no such preset.")})
    with path.open(encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.safe_load(handle)
    return data


def _check_code(region: Unit, code: str, exclude: int | None = None) -> None:
    taken = RiskCategory.objects.filter(region=region, code=code).exclude(
        pk__in=[exclude] if exclude else []
    )
    if taken.exists():
        raise ValidationError(
            {
                "code": _("Another risk category of the organisation has the code %(code)s.")
                % {"code": code}
            }
        )


def _risks_with(category: RiskCategory) -> Any:
    return Risk.objects.filter(
        plan__unit__path__startswith=category.region.path, requirement_type=category.code
    )


def create_category(actor: Any, region: Unit, **values: Any) -> RiskCategory:
    if not risk_category_policy.can_create_in(actor, region):
        raise PermissionDenied
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise TypeError(f"Not risk category fields: {sorted(unknown)}")
    _check_code(region, values.get("code", ""))
    if "order" not in values:
        last = RiskCategory.objects.filter(region=region).order_by("-order").first()
        values["order"] = (last.order + 1) if last else 1
    category = attributed(RiskCategory(region=region, **values), actor)
    category.full_clean()
    category.save()
    return category


def update_category(
    actor: Any, category: RiskCategory, expected_version: int | None, **values: Any
) -> RiskCategory:
    """Name and order change freely; the code only while no risk carries it."""
    if not risk_category_policy.can_change(actor, category):
        raise PermissionDenied
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise TypeError(f"Not risk category fields: {sorted(unknown)}")
    if "code" in values and values["code"] != category.code:
        _check_code(category.region, values["code"], exclude=category.pk)
        if _risks_with(category).exists():
            raise ValidationError(
                {
                    "code": _(
                        "Risks are marked %(code)s: the code stays as long as they are. "
                        "Change the name instead."
                    )
                    % {"code": category.code}
                }
            )
    return save_versioned(category, expected_version, values, actor=actor)  # type: ignore[return-value]


def delete_category(actor: Any, category: RiskCategory) -> None:
    """Remove a category no risk carries, in any plan of the organisation."""
    if not risk_category_policy.can_change(actor, category):
        raise PermissionDenied
    used = _risks_with(category).count()
    if used:
        raise ValidationError(
            _("%(count)s risks are marked %(code)s: the category cannot be removed.")
            % {"count": used, "code": category.code}
        )
    attributed(category, actor).delete()


def set_heading(actor: Any, region: Unit, heading: str) -> RiskWords:
    if not risk_category_policy.can_create_in(actor, region):
        raise PermissionDenied
    words = RiskWords.objects.filter(region=region).first() or RiskWords(region=region)
    words.category_heading = heading.strip()
    words = attributed(words, actor)
    words.full_clean()
    words.save()
    return words


@transaction.atomic
def load_preset(actor: Any, region: Unit, key: str) -> list[RiskCategory]:
    """The preset's categories the organisation lacks (by code), and its heading if it has none."""
    if not risk_category_policy.can_create_in(actor, region):
        raise PermissionDenied
    data = _read(key)
    existing = set(RiskCategory.objects.filter(region=region).values_list("code", flat=True))
    made = [
        create_category(actor, region, code=str(item["code"]), name=item["name"], order=order)
        for order, item in enumerate(data["categories"], start=1)
        if str(item["code"]) not in existing
    ]
    if data.get("heading") and not heading_of(region.pk):
        set_heading(actor, region, str(data["heading"]))
    return made
