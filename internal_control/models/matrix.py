"""Risk matrices as data: two scales, a scoring method, and classes with a prescribed response."""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from audit.models import TrackedModel


class Scoring(models.TextChoices):
    PRODUCT = "product", _("Probability × severity, classes by score")
    SUM = "sum", _("Probability + severity, classes by score")
    TABLE = "table", _("A class for each cell of the matrix")


class Axis(models.TextChoices):
    PROBABILITY = "probability", _("Probability")
    SEVERITY = "severity", _("Severity")


class RiskMatrix(TrackedModel):
    """A region's matrix. A matrix used by an adopted plan is never changed: a new edition is."""

    unit = models.ForeignKey(
        "organisation.Unit", verbose_name=_("region"), on_delete=models.PROTECT, related_name="+"
    )
    name = models.CharField(_("name"), max_length=200)
    edition = models.PositiveIntegerField(_("edition"), default=1)
    previous = models.ForeignKey(
        "self",
        verbose_name=_("previous edition"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    scoring = models.CharField(_("scoring"), max_length=20, choices=Scoring.choices)
    probability_name = models.CharField(_("name of the probability scale"), max_length=60)
    severity_name = models.CharField(_("name of the severity scale"), max_length=60)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("risk matrix")
        verbose_name_plural = _("risk matrices")
        ordering = ["name", "-edition"]
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "name", "edition"], name="unique_matrix_edition"
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.edition})"

    def get_absolute_url(self) -> str:
        return reverse("internal_control:matrix", args=[self.pk])


class MatrixLevel(TrackedModel):
    matrix = models.ForeignKey(
        RiskMatrix, on_delete=models.CASCADE, related_name="levels", verbose_name=_("risk matrix")
    )
    axis = models.CharField(_("scale"), max_length=20, choices=Axis.choices)
    value = models.PositiveIntegerField(_("value"))
    label = models.CharField(
        _("label"),
        max_length=60,
        blank=True,
        help_text=_("Empty when the scale is given by its numbers only: the value is shown."),
    )
    description = models.CharField(_("description"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("level")
        verbose_name_plural = _("levels")
        ordering = ["axis", "value"]
        constraints = [
            models.UniqueConstraint(fields=["matrix", "axis", "value"], name="unique_level_value")
        ]

    def __str__(self) -> str:
        return f"{self.value} {self.label}"


class RiskClass(TrackedModel):
    matrix = models.ForeignKey(
        RiskMatrix, on_delete=models.CASCADE, related_name="classes", verbose_name=_("risk matrix")
    )
    code = models.CharField(_("code"), max_length=10)
    response = models.CharField(_("prescribed response"), max_length=200)
    min_score = models.PositiveIntegerField(_("lowest score"), null=True, blank=True)
    max_score = models.PositiveIntegerField(_("highest score"), null=True, blank=True)
    colour = models.CharField(_("colour"), max_length=7, default="#ffffff")
    rank = models.PositiveIntegerField(
        _("rank"), help_text=_("1 for the lowest class; higher ranks are more serious.")
    )
    requires_action = models.BooleanField(_("requires an action"), default=False)
    control_answers = models.BooleanField(
        _("a control activity answers it too"),
        default=False,
        help_text=_("Where the organisation answers high risks with controls as well as actions."),
    )
    refuses_unanswered = models.BooleanField(
        _("an assessment is refused until the risk is answered"),
        default=True,
        help_text=_("Otherwise the assessment is saved and the plan warns until it is answered."),
    )

    class Meta:
        verbose_name = _("risk class")
        verbose_name_plural = _("risk classes")
        ordering = ["rank"]

    def __str__(self) -> str:
        return f"{self.code} {self.response}"


class MatrixCell(TrackedModel):
    """For table scoring: the class of one pairing of probability and severity."""

    matrix = models.ForeignKey(
        RiskMatrix, on_delete=models.CASCADE, related_name="cells", verbose_name=_("risk matrix")
    )
    probability = models.PositiveIntegerField(_("probability"))
    severity = models.PositiveIntegerField(_("severity"))
    risk_class = models.ForeignKey(
        RiskClass, on_delete=models.CASCADE, related_name="cells", verbose_name=_("risk class")
    )

    class Meta:
        verbose_name = _("matrix cell")
        verbose_name_plural = _("matrix cells")
        constraints = [
            models.UniqueConstraint(
                fields=["matrix", "probability", "severity"], name="unique_matrix_cell"
            )
        ]
