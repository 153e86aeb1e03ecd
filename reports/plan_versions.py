"""Which version of an internal control plan a document shows: as of today or as adopted."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.http import Http404
from django.utils.translation import gettext as _

from internal_control.models import Action, ControlPlan, PlanAdoption
from internal_control.plan_document import build_plan_document, plan_risks, readable
from internal_control.warnings import PlanWarning, plan_warnings


@dataclass
class PlanVersion:
    document: dict[str, Any]  # as `internal_control.plan_document.readable` gives it
    label: str
    as_adopted: bool
    adoption: Any = None
    warnings: list[PlanWarning] = field(default_factory=list)


def shown_adoption(plan: ControlPlan, version: str | None) -> PlanAdoption | None:
    """The adoption a document asked for as `version` shows: the latest one for `antagen`
    (404 if there is none, before any document is started), None for the plan of today."""
    if version != "antagen":
        return None
    adoption = plan.adoptions.order_by("-adopted_on", "-pk").first()
    if adoption is None:
        raise Http404
    return adoption


def plan_version(plan: ControlPlan, shown: PlanAdoption | None) -> PlanVersion:
    """The frozen snapshot of `shown`, or the plan of today when None."""
    if shown is not None:
        label = _("as adopted %(date)s, %(reference)s") % {
            "date": shown.adopted_on_text,
            "reference": shown.reference_text,
        }
        return PlanVersion(readable(shown.snapshot), label, True, shown)
    adoption = plan.adoptions.order_by("-adopted_on", "-pk").first()
    actions = list(Action.objects.filter(plan=plan).order_by("number"))
    warnings = plan_warnings(plan, plan_risks(plan), actions)
    document = readable(build_plan_document(plan))
    return PlanVersion(document, _("as of today"), False, adoption, warnings)
