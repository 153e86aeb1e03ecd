"""A chapter of text in a document: its heading, its place and its formatted text."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from audit.models import TrackedModel
from chapters.sent_models import SentDocument

__all__ = ["Chapter", "ChapterLevel", "SentDocument"]


class ChapterLevel(models.IntegerChoices):
    CHAPTER = 1, _("Chapter")
    SECTION = 2, _("Section under the chapter before")


class Chapter(TrackedModel):
    """Text written into a document of a unit: an operational plan, an internal control plan,
    a follow-up or a period's report (the kinds are in chapters.documents).

    `owner` is what the kind names it by within the unit: the plan's year for an operational
    plan, the id of the plan, follow-up or period otherwise. `text` is kept as written, in the
    light markup of chapters.markup; what is printed is made from it and never holds the
    writer's own HTML.
    """

    unit = models.ForeignKey(
        "organisation.Unit",
        verbose_name=_("unit"),
        on_delete=models.PROTECT,
        related_name="chapters",
    )
    document = models.CharField(_("document"), max_length=30)
    owner = models.PositiveIntegerField(_("in"))
    place = models.CharField(_("place in the document"), max_length=30)
    order = models.PositiveIntegerField(_("order"), default=0)
    level = models.PositiveSmallIntegerField(
        _("level"), choices=ChapterLevel.choices, default=ChapterLevel.CHAPTER
    )
    heading = models.CharField(_("heading"), max_length=200, blank=True)
    text = models.TextField(_("text"), blank=True, max_length=50_000)

    class Meta:
        verbose_name = _("chapter")
        verbose_name_plural = _("chapters")
        ordering = ["unit", "document", "owner", "order", "pk"]
        indexes = [models.Index(fields=["unit", "document", "owner"], name="chapter_document")]

    def __str__(self) -> str:
        return self.heading or self.text[:60]
