"""Organisation units as one tree per region, with a materialised path for subtree queries."""

from __future__ import annotations

from django.db import models
from django.db.models import Value
from django.db.models.functions import Concat, Substr
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from audit.models import TrackedModel

PATH_SEPARATOR = "/"


class UnitKind(models.TextChoices):
    REGION = "region", _("Region")
    MUNICIPALITY = "municipality", _("Municipality")
    COUNCIL = "council", _("Council")
    BOARD = "board", _("Board")
    COMMITTEE = "committee", _("Committee")
    ADMINISTRATION = "administration", _("Administration")
    DIVISION = "division", _("Division")
    AREA = "area", _("Area")
    OPERATION = "operation", _("Operation")
    UNIT = "unit", _("Unit")


# The kinds of an organisation: the root of a tree, made by the installation's administrator.
ROOT_KINDS = (UnitKind.REGION, UnitKind.MUNICIPALITY)


class UnitQuerySet(models.QuerySet["Unit"]):
    def open(self) -> UnitQuerySet:
        return self.filter(closed_on__isnull=True)

    def subtree_of(self, unit: Unit) -> UnitQuerySet:
        return self.filter(path__startswith=unit.path)


class Unit(TrackedModel):
    """A region, committee, division, area or any other unit; the root of a tree is a region.

    `path` lists the ids from the root down ("/1/4/9/"), so that everything under a unit is
    one indexed prefix query on SQLite and PostgreSQL alike. It is derived from `parent` and
    kept out of the history, where `parent` already records every move.
    """

    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(
        _("short name"), max_length=40, blank=True, help_text=_("For example HSN or RS.")
    )
    case_prefix = models.CharField(
        _("case number prefix"),
        max_length=20,
        blank=True,
        help_text=_("The prefix of the unit's case numbers, for example HSN in HSN/1641/2025."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=UnitKind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    path = models.CharField(
        max_length=400,
        db_index=True,
        editable=False,
        default="",
        verbose_name=_("position in the tree"),
    )
    closed_on = models.DateField(_("closed on"), null=True, blank=True)

    objects = UnitQuerySet.as_manager()

    class Meta:
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        ordering = ["path"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("organisation:unit", args=[self.pk])

    @property
    def is_closed(self) -> bool:
        return self.closed_on is not None

    @property
    def depth(self) -> int:
        return self.path.count(PATH_SEPARATOR) - 2

    @property
    def ancestor_ids(self) -> list[int]:
        """Ids from the region down to and including this unit."""
        return [int(part) for part in self.path.strip(PATH_SEPARATOR).split(PATH_SEPARATOR) if part]

    @property
    def region_id(self) -> int:
        return self.ancestor_ids[0]

    def is_within(self, other: Unit) -> bool:
        return self.path.startswith(other.path)

    def save(self, *args: object, **kwargs: object) -> None:
        super().save(*args, **kwargs)
        self._refresh_path()

    def _refresh_path(self) -> None:
        """Derive the path from the parent; on a move, rewrite the paths of the subtree too."""
        parent_path = self.parent.path if self.parent is not None else PATH_SEPARATOR
        expected = f"{parent_path}{self.pk}{PATH_SEPARATOR}"
        if self.path == expected:
            return
        old = self.path
        Unit.objects.filter(pk=self.pk).update(path=expected)
        if old:
            Unit.objects.filter(path__startswith=old).exclude(pk=self.pk).update(
                path=Concat(Value(expected), Substr("path", len(old) + 1))
            )
        self.path = expected
