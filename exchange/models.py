"""What imports keep: the uploaded file between its preview and its save, and the columns an
organisation chose for files of a shape."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from audit.models import TrackedModel


class StagedStatus(models.TextChoices):
    CHECKING = "checking", _("Being checked")
    QUEUED = "queued", _("Waiting to be saved")
    SAVING = "saving", _("Being saved")
    SAVED = "saved", _("Saved")
    REFUSED = "refused", _("Refused: nothing was saved")
    FAILED = "failed", _("Interrupted: nothing was saved")


class StagedFile(models.Model):
    """An uploaded file, kept on the server by its checksum until it is saved or abandoned.

    The save reads the file from here, never from the browser; only the person who uploaded
    it can see it, and files older than a day are removed when the next one arrives (unless
    a worker is saving them).
    """

    region = models.ForeignKey(
        "organisation.Unit",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    kind = models.CharField(_("kind of import"), max_length=40)
    # What the rows go into where the kind lets the person choose (a plan's id).
    target = models.PositiveIntegerField(_("imported into"), null=True, blank=True)
    file_name = models.CharField(_("file"), max_length=255)
    checksum = models.CharField(_("checksum (SHA-256)"), max_length=64)
    size = models.PositiveIntegerField(_("size (bytes)"))
    content = models.BinaryField(_("content"))
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    # A large file is saved by a worker (exchange/background.py): how far it has come.
    status = models.CharField(
        _("status"), max_length=10, choices=StagedStatus.choices, default=StagedStatus.CHECKING
    )
    task_id = models.CharField(max_length=64, blank=True)
    message = models.TextField(_("message"), blank=True)
    problems = models.JSONField(_("problems"), default=list, blank=True)
    saved_address = models.CharField(max_length=300, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("uploaded file")
        verbose_name_plural = _("uploaded files")
        indexes = [models.Index(fields=["uploaded_at"])]

    def __str__(self) -> str:
        return self.file_name

    @property
    def in_background(self) -> bool:
        return self.status in (StagedStatus.QUEUED, StagedStatus.SAVING)


class ColumnMapping(TrackedModel):
    """Which header holds which field, for an organisation's files of one shape and kind.

    `shape` is the checksum of the file's set of headers (exchange.imports.columns.shape_of);
    `columns` maps each field's key to the normalised header that holds it.
    """

    region = models.ForeignKey(
        "organisation.Unit",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    kind = models.CharField(_("kind of import"), max_length=40)
    shape = models.CharField(_("shape of the file"), max_length=64)
    headers = models.JSONField(_("headers"), default=list)
    columns = models.JSONField(_("columns"), default=dict)

    class Meta:
        verbose_name = _("column mapping")
        verbose_name_plural = _("column mappings")
        constraints = [
            models.UniqueConstraint(
                fields=["region", "kind", "shape"], name="one_column_mapping_per_shape"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind}: {', '.join(self.headers)}"
