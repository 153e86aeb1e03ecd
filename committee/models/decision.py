"""A committee's decision adopting a plan, recorded with the plan exactly as adopted."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from audit.models import TrackedModel


class AdoptionDecision(TrackedModel):
    """What every adopted plan records: who adopted it, when, under which paragraph, and the
    plan as it then read (`snapshot`, the plan's own document data)."""

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
        abstract = True
        ordering = ["-adopted_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.body} {self.adopted_on:%Y-%m-%d} {self.decision_reference}"
