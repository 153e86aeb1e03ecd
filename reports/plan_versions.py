"""Which version of an internal control plan a document shows: as of today or as adopted."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.http import Http404
from django.utils.translation import gettext as _

from internal_control.models import Action, ControlPlan
from internal_control.plan_document import build_plan_document, plan_risks
from internal_control.warnings import PlanWarning, plan_warnings


@dataclass
class PlanVersion:
    document: dict[str, Any]
    label: str
    as_adopted: bool
    adoption: Any = None
    warnings: list[PlanWarning] = field(default_factory=list)


def plan_version(plan: ControlPlan, version: str | None) -> PlanVersion:
    """`antagen` gives the frozen snapshot of the latest adoption (404 if none), else today."""
    adoption = plan.adoptions.order_by("-adopted_on", "-pk").first()
    if version == "antagen":
        if adoption is None:
            raise Http404
        label = _("as adopted %(date)s, %(reference)s") % {
            "date": adoption.adopted_on.isoformat(),
            "reference": adoption.decision_reference,
        }
        return PlanVersion(adoption.snapshot, label, True, adoption)
    actions = list(Action.objects.filter(plan=plan).order_by("number"))
    warnings = plan_warnings(plan, plan_risks(plan), actions)
    return PlanVersion(build_plan_document(plan), _("as of today"), False, adoption, warnings)
