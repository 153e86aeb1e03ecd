"""A round's writers write their part: the rules rounds adds to the documents' own.

A section's writer may change the chapter it is written in, and a measure's analysis its
writer, while the round is open and the part is not marked ready. The documents' access
modules keep deciding; these rules are asked only when their own say no.
"""

from __future__ import annotations

from typing import Any

from chapters.access import CHAPTER_WRITER_RULES
from chapters.models import Chapter
from followup.services.analyses import WRITER_RULES, WRITER_SCOPES
from rounds.models import PartKind, PartState, RoundPart, RoundStatus


def _open_parts(user: Any) -> Any:
    return RoundPart.objects.filter(writer_id=user.pk, round__status=RoundStatus.OPEN).exclude(
        state=PartState.READY
    )


def writes_chapter(user: Any, chapter: Chapter) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    return bool(
        _open_parts(user)
        .filter(kind=PartKind.SECTION, chapter_id=chapter.pk, round__unit_id=chapter.unit_id)
        .exists()
    )


def writes_analysis(user: Any, unit: Any, period: Any, kind: str, pk: int) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    return bool(
        _open_parts(user)
        .filter(
            kind=PartKind.ANALYSIS,
            subject_kind=kind,
            subject_id=pk,
            round__unit_id=unit.pk,
            round__owner=period.pk,
        )
        .exists()
    )


def analyses_written(user: Any, unit: Any, period: Any) -> list[tuple[str, int]]:
    """Every analysis of the unit's period the person writes in an open round: one query."""
    if not getattr(user, "is_authenticated", False):
        return []
    found = _open_parts(user).filter(
        kind=PartKind.ANALYSIS, round__unit_id=unit.pk, round__owner=period.pk
    )
    return [(kind, pk) for kind, pk in found.values_list("subject_kind", "subject_id") if pk]


def register() -> None:
    if writes_chapter not in CHAPTER_WRITER_RULES:
        CHAPTER_WRITER_RULES.append(writes_chapter)
    if writes_analysis not in WRITER_RULES:
        WRITER_RULES.append(writes_analysis)
    if analyses_written not in WRITER_SCOPES:
        WRITER_SCOPES.append(analyses_written)
