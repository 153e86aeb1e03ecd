"""A document as it was sent: the file made when its report round was approved, kept as it
was made and given again byte for byte, whatever is written in the document later."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class SentDocument(models.Model):
    """One file (PDF or Word) of a unit's document (`document` and `owner` as a chapter's)."""

    unit = models.ForeignKey(
        "organisation.Unit", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+"
    )
    document = models.CharField(_("document"), max_length=30)
    owner = models.PositiveIntegerField(_("of"))
    file_format = models.CharField(_("format"), max_length=10)  # "pdf" or "docx"
    language = models.CharField(_("language"), max_length=10)
    filename = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(max_length=120)
    content = models.BinaryField(editable=False)
    size = models.PositiveIntegerField(_("size"), default=0)
    sha256 = models.CharField(_("SHA-256 checksum"), max_length=64)
    sent_at = models.DateTimeField(_("sent"))
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("document as sent")
        verbose_name_plural = _("documents as sent")
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "document", "owner", "file_format", "language"],
                name="one_sent_file_per_format",
            )
        ]

    def __str__(self) -> str:
        return self.filename
