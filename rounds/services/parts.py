"""A round's parts: assigned to a writer with a deadline and instructions, marked ready by
the writer, sent back by the keeper with a comment, added and removed while it is open."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from audit.attribution import attributed
from audit.concurrency import save_versioned
from chapters.access import may_read
from chapters.documents import Owner
from chapters.services import create_chapter
from followup.access import outcome_policy
from rounds.access import may_keep, may_write_part
from rounds.kinds import RoundKind
from rounds.models import PartKind, PartState, ReportRound, RoundPart, RoundStatus


def _open(found: ReportRound) -> None:
    if found.status != RoundStatus.OPEN:
        raise ValidationError(
            _("The round is approved and its document sent; nothing in it changes any more.")
        )


def _keeper(actor: Any, kind: RoundKind, owner: Owner) -> None:
    if not may_keep(actor, kind, owner):
        raise PermissionDenied


def check_writer(kind: RoundKind, owner: Owner, part_kind: str, writer: Any) -> None:
    """A writer must be able to read the document, and one of the outcomes enter them."""
    if writer is None:
        return
    if not writer.is_active or not may_read(writer, kind.chapters_kind(), owner):
        raise ValidationError(
            {
                "writer": _(
                    "%(person)s holds no role on %(unit)s and cannot read the report. "
                    "Give them a role first, or choose someone else."
                )
                % {"person": writer, "unit": owner.unit.name}
            }
        )
    if part_kind == PartKind.OUTCOMES and not outcome_policy.can_create_in(writer, owner.unit):
        raise ValidationError(
            {
                "writer": _(
                    "%(person)s may not enter every outcome of %(unit)s. Choose one of its "
                    "controllers."
                )
                % {"person": writer, "unit": owner.unit.name}
            }
        )


def assign_part(
    actor: Any,
    kind: RoundKind,
    owner: Owner,
    part: RoundPart,
    version: int | None,
    *,
    writer: Any,
    due_on: datetime.date | None,
    instructions: str,
) -> RoundPart:
    _keeper(actor, kind, owner)
    _open(part.round)
    check_writer(kind, owner, part.kind, writer)
    values: dict[str, Any] = {
        "writer": writer,
        "due_on": due_on,
        "instructions": instructions.strip(),
    }
    if (writer.pk if writer else None) != part.writer_id:
        values |= {"state": PartState.OPEN, "ready_at": None}  # a new writer starts afresh
    return save_versioned(part, version, values, actor=actor)  # type: ignore[return-value]


def mark_ready(actor: Any, kind: RoundKind, owner: Owner, part: RoundPart) -> RoundPart:
    if not (may_write_part(actor, part) or may_keep(actor, kind, owner)):
        raise PermissionDenied
    _open(part.round)
    if part.state == PartState.READY:
        return part
    values = {"state": PartState.READY, "ready_at": timezone.now()}
    return save_versioned(part, None, values, actor=actor)  # type: ignore[return-value]


def undo_ready(actor: Any, kind: RoundKind, owner: Owner, part: RoundPart) -> RoundPart:
    if not (may_write_part(actor, part) or may_keep(actor, kind, owner)):
        raise PermissionDenied
    _open(part.round)
    if part.state != PartState.READY:
        return part
    values = {"state": PartState.OPEN, "ready_at": None}
    return save_versioned(part, None, values, actor=actor)  # type: ignore[return-value]


def send_back(
    actor: Any, kind: RoundKind, owner: Owner, part: RoundPart, comment: str
) -> RoundPart:
    _keeper(actor, kind, owner)
    _open(part.round)
    if not comment.strip():
        raise ValidationError({"comment": _("Write what is to be done before it is ready.")})
    values = {"state": PartState.RETURNED, "ready_at": None, "comment": comment.strip()}
    return save_versioned(part, None, values, actor=actor, reason=comment)  # type: ignore[return-value]


@transaction.atomic
def add_section(
    actor: Any,
    kind: RoundKind,
    owner: Owner,
    found: ReportRound,
    *,
    heading: str,
    place: str,
    writer: Any,
    due_on: datetime.date | None,
    instructions: str,
) -> RoundPart:
    """A new section of the document, written by `writer`: its chapter is made with the
    heading, for the writer to write."""
    _keeper(actor, kind, owner)
    _open(found)
    check_writer(kind, owner, PartKind.SECTION, writer)
    if not heading.strip():
        raise ValidationError({"heading": _("Give the section a heading.")})
    chapter = create_chapter(actor, kind.chapters_kind(), owner, heading=heading, place=place)
    last = found.parts.aggregate(last=Max("order"))["last"] or 0
    part = RoundPart(
        round=found,
        order=last + 1,
        kind=PartKind.SECTION,
        title=chapter.heading,
        chapter=chapter,
        writer=writer,
        due_on=due_on,
        instructions=instructions.strip(),
    )
    attributed(part, actor).full_clean()
    part.save()
    return part


def remove_part(actor: Any, kind: RoundKind, owner: Owner, part: RoundPart) -> None:
    """The part leaves the round; a section's chapter stays in the document."""
    _keeper(actor, kind, owner)
    _open(part.round)
    attributed(part, actor).delete()
