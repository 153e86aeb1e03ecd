"""Roles given to a person on a unit; a role applies to the unit and everything under it."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from audit.models import TrackedModel


class Role(models.TextChoices):
    ADMINISTRATOR = "administrator", _("Administrator")
    CONTROLLER = "controller", _("Controller")
    OWNER = "owner", _("Owner")
    READER = "reader", _("Reader")
    AUDITOR = "auditor", _("Auditor")


class RoleAssignment(TrackedModel):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="role_assignments",
    )
    unit = models.ForeignKey(
        "organisation.Unit",
        verbose_name=_("unit"),
        on_delete=models.PROTECT,
        related_name="role_assignments",
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)

    class Meta:
        verbose_name = _("role assignment")
        verbose_name_plural = _("role assignments")
        constraints = [
            models.UniqueConstraint(fields=["user", "unit", "role"], name="unique_role_per_unit")
        ]

    def __str__(self) -> str:
        return f"{self.get_role_display()}, {self.unit}"
