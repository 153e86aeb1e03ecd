"""The committee's decision adopting a unit's operational plan for a year, with the plan frozen."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from planning.models.decision import AdoptionDecision


class OperationalPlanAdoption(AdoptionDecision):
    """An adoption of the plan of `unit` for `year`; `snapshot` is from plan_document."""

    unit = models.ForeignKey(
        "organisation.Unit", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+"
    )
    year = models.PositiveIntegerField(_("year"))

    class Meta(AdoptionDecision.Meta):
        verbose_name = _("adoption of an operational plan")
        verbose_name_plural = _("adoptions of operational plans")
        indexes = [models.Index(fields=["unit", "year"])]
