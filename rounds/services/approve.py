"""Approve a round: every part marked ready, the document's files made once and kept as
sent (chapters.sent), given again byte for byte whatever is written later."""

from __future__ import annotations

import logging
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from audit.attribution import history_user_of
from audit.concurrency import save_versioned
from audit.tasks import background, enqueue
from chapters.documents import Owner
from chapters.sent import keep_sent, sent_files
from reports.document_jobs import Progress
from reports.document_kinds import builder_of
from rounds.access import may_keep, owner_of
from rounds.kinds import RoundKind, round_kind
from rounds.models import PartState, ReportRound, RoundStatus

logger = logging.getLogger(__name__)

# How many of the parts not ready an approval that is refused names.
NAMED = 5


def check_approval(found: ReportRound) -> None:
    if found.status != RoundStatus.OPEN:
        raise ValidationError(_("The round is already approved."))
    waiting = [p.title for p in found.parts.exclude(state=PartState.READY).order_by("order", "pk")]
    if waiting:
        named = ", ".join(f"“{title}”" for title in waiting[:NAMED])
        more = len(waiting) - NAMED
        raise ValidationError(
            ngettext(
                "%(count)d part is not marked ready: %(parts)s.",
                "%(count)d parts are not marked ready: %(parts)s.",
                len(waiting),
            )
            % {"count": len(waiting), "parts": named}
            + (
                " " + ngettext("And %(more)d more.", "And %(more)d more.", more) % {"more": more}
                if more > 0
                else ""
            )
        )


def approve_round(actor: Any, kind: RoundKind, owner: Owner, found: ReportRound) -> ReportRound:
    """The keeper approves: the round closes and its files are made in the background."""
    if not may_keep(actor, kind, owner):
        raise PermissionDenied
    with transaction.atomic():
        check_approval(found)
        values = {
            "status": RoundStatus.APPROVED,
            "approved_by": history_user_of(actor),
            "approved_at": timezone.now(),
        }
        approved: ReportRound = save_versioned(found, None, values, actor=actor)  # type: ignore[assignment]
        language = translation.get_language() or settings.LANGUAGE_CODE
        # Queued with the approval: a worker sees it once the approval is stored.
        enqueue(make_sent_files, approved.pk, language)
    return approved


def files_missing(kind: RoundKind, owner: Owner, language: str) -> list[Any]:
    made = {
        (f.file_format, f.language) for f in sent_files(owner.unit.pk, kind.document, owner.key)
    }
    return [f for f in kind.files(owner) if (f.file_format, language) not in made]


@background
def make_sent_files(round_id: int, language: str) -> None:
    """The task: make each file of the approved round that is not yet kept, and keep it.
    Run twice, it keeps each file once."""
    found = ReportRound.objects.select_related("unit", "approved_by").filter(pk=round_id).first()
    if found is None or found.status != RoundStatus.APPROVED:
        return
    kind = round_kind(found.document)
    owner = owner_of(kind, found.unit, found.owner) if kind is not None else None
    if kind is None or owner is None:
        logger.error("Round %s has no document to send", round_id)
        return
    approver = found.approved_by  # the files name who approved them, or no one
    with translation.override(language):
        for wanted in files_missing(kind, owner, language):
            content = builder_of(wanted.builder)(wanted.arguments, Progress())
            keep_sent(
                kind.chapters_kind(),
                owner,
                file_format=wanted.file_format,
                language=language,
                filename=wanted.filename,
                content_type=wanted.content_type,
                content=content,
                actor=approver,
            )


def send_again(actor: Any, kind: RoundKind, owner: Owner, found: ReportRound) -> None:
    """Make the files that are missing (their making failed): those kept stay as they are."""
    if not may_keep(actor, kind, owner):
        raise PermissionDenied
    if found.status != RoundStatus.APPROVED:
        raise ValidationError(_("The round is not approved yet."))
    language = translation.get_language() or settings.LANGUAGE_CODE
    enqueue(make_sent_files, found.pk, language)
