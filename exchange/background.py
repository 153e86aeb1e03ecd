"""Large files are saved by a worker (audit/tasks.py), never inside the request: the file's
page shows how far the save has come and then what it did, or every problem that stopped it.

A save runs in one transaction, so a worker killed half-way saved nothing; the task queued
again saves the file from the start.
"""

from __future__ import annotations

import logging
from typing import Any

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from audit.tasks import FAILED, GONE, background, enqueue, task_state
from exchange import services
from exchange.imports.checking import ImportRefused
from exchange.imports.kinds import kind_by_key
from exchange.models import StagedFile, StagedStatus
from organisation.models import User

logger = logging.getLogger(__name__)

SHOWN_PROBLEMS = 200


def belongs_in_background(row_count: int) -> bool:
    return row_count >= int(settings.IMPORT_IN_BACKGROUND_ROWS)


def queue_save(staged: StagedFile, expected_state: str) -> StagedFile:
    """Hand the save of `staged` to a worker; its page then follows the task."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    StagedFile.objects.filter(pk=staged.pk).update(
        status=StagedStatus.QUEUED, message="", problems=[], finished_at=None
    )
    task_id = enqueue(save_staged, staged.pk, expected_state, language)
    StagedFile.objects.filter(pk=staged.pk).update(task_id=task_id)
    staged.refresh_from_db()
    return staged


def _finish(staged_id: int, status: str, **values: Any) -> None:
    StagedFile.objects.filter(pk=staged_id).update(
        status=status, finished_at=timezone.now(), **values
    )


@background
def save_staged(staged_id: int, expected_state: str, language: str) -> None:
    """The task: save the staged file as its uploader, all or nothing, and say how it went."""
    with translation.override(language):
        staged = (
            StagedFile.objects.select_related("region", "uploaded_by")
            .filter(pk=staged_id, status__in=[StagedStatus.QUEUED, StagedStatus.SAVING])
            .first()
        )
        kind = kind_by_key(staged.kind) if staged else None
        if staged is None or kind is None:
            return  # saved, refused or removed before a worker came to it
        StagedFile.objects.filter(pk=staged_id).update(status=StagedStatus.SAVING)
        actor = User.objects.get(pk=staged.uploaded_by_id)
        try:
            result = services.import_file(
                actor,
                staged.region,
                kind,
                staged.file_name,
                bytes(staged.content),
                expected_state=expected_state,
                target=staged.target,
            )
        except ImportRefused as refused:
            _finish(
                staged_id,
                StagedStatus.REFUSED,
                message=refused.refusal
                or _("Nothing was saved: the file has %(count)s problems.")
                % {"count": len(refused.problems)},
                problems=[str(p) for p in refused.problems[:SHOWN_PROBLEMS]],
            )
            return
        except Exception:
            logger.exception("The import of staged file %s failed", staged_id)
            _finish(
                staged_id,
                StagedStatus.FAILED,
                message=_(
                    "The file could not be saved. Nothing was saved; try again, or tell "
                    "your administrator."
                ),
            )
            return
        _finish(
            staged_id,
            StagedStatus.SAVED,
            message=kind.saved_message(result),
            saved_address=kind.saved_address(result)[:300],
        )


def follow(staged: StagedFile) -> StagedFile:
    """A save whose task failed for good, or is no longer known, is shown as interrupted."""
    if staged.in_background and staged.task_id and task_state(staged.task_id) in (FAILED, GONE):
        _finish(
            staged.pk,
            StagedStatus.FAILED,
            message=_("The save was interrupted. Nothing was saved; save the file again."),
        )
        staged.refresh_from_db()
    return staged
