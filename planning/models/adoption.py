"""The committee's decision adopting a unit's operational plan for a year, with the plan frozen."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from audit.models import TrackedModel


class OperationalPlanAdoption(TrackedModel):
    """A decision adopting the plan; `snapshot` is the plan exactly as adopted (plan_document)."""

    unit = models.ForeignKey(
        "organisation.Unit", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+"
    )
    year = models.PositiveIntegerField(_("year"))
    adopted_on = models.DateField(_("adopted on"))
    body = models.CharField(_("adopted by"), max_length=200, help_text=_("The committee or board."))
    decision_reference = models.CharField(
        _("decision reference"), max_length=100, help_text=_("For example § 212.")
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    snapshot = models.JSONField(editable=False)

    class Meta:
        verbose_name = _("adoption of an operational plan")
        verbose_name_plural = _("adoptions of operational plans")
        ordering = ["-adopted_on", "-pk"]
        indexes = [models.Index(fields=["unit", "year"])]

    def __str__(self) -> str:
        return f"{self.body} {self.adopted_on:%Y-%m-%d} {self.decision_reference}"
