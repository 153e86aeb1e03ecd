"""Who may do what in a report round: the one place that decides it.

A round is kept by those who may write its document (its keepers: the unit's controllers
and administrators for a period's report); they start it, assign its parts, send parts back
and approve it. A part's writer sees the round and their own part, writes it and marks it
ready. Nobody else learns that the round exists (404).
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from chapters.access import may_read, may_write
from chapters.documents import Owner
from organisation.access import get_visible_or_404, unit_policy
from organisation.models import Unit
from rounds.kinds import RoundKind, round_kind
from rounds.models import ReportRound, RoundPart, RoundStatus


def kind_or_404(document: str) -> RoundKind:
    kind = round_kind(document)
    if kind is None:
        raise Http404
    return kind


def owner_of(kind: RoundKind, unit: Unit, key: int) -> Owner | None:
    return kind.chapters_kind().owner(unit, key)


def may_keep(user: Any, kind: RoundKind, owner: Owner) -> bool:
    return may_write(user, kind.chapters_kind(), owner)


def may_write_part(user: Any, part: RoundPart) -> bool:
    """The part's writer writes it while its round is open and they have not marked it
    ready; marking it ready again after it was sent back is theirs too."""
    return (
        user.is_authenticated
        and part.writer_id == user.pk
        and part.round.status == RoundStatus.OPEN
    )


def unit_or_404(user: Any, unit_pk: int) -> Unit:
    return get_visible_or_404(user, unit_policy, Unit.objects.all(), unit_pk)


def document_or_404(user: Any, document: str, unit_pk: int, key: int) -> tuple[RoundKind, Owner]:
    """The document a round is started for, if the person keeps it (else 404 or 403)."""
    kind = kind_or_404(document)
    unit = unit_or_404(user, unit_pk)
    owner = owner_of(kind, unit, key)
    if owner is None or not may_read(user, kind.chapters_kind(), owner):
        raise Http404
    if not may_keep(user, kind, owner):
        raise PermissionDenied
    return kind, owner


def round_or_404(
    user: Any, pk: int, *, keep: bool = False
) -> tuple[ReportRound, RoundKind, Owner, bool]:
    """The round, for its keepers and its parts' writers; with `keep`, for its keepers only
    (403 for a writer). The last value says whether the person keeps it."""
    found = get_object_or_404(ReportRound.objects.select_related("unit"), pk=pk)
    kind = kind_or_404(found.document)
    owner = owner_of(kind, found.unit, found.owner)
    if owner is None or not unit_policy.can_view(user, found.unit):
        raise Http404
    keeps = may_keep(user, kind, owner)
    if not keeps:
        writes = user.is_authenticated and found.parts.filter(writer_id=user.pk).exists()
        if not writes:
            raise Http404
        if keep:
            raise PermissionDenied
    return found, kind, owner, keeps


def part_or_404(
    user: Any, pk: int, *, keep: bool = False
) -> tuple[RoundPart, RoundKind, Owner, bool]:
    """The part, for the round's keepers and its own writer; with `keep`, keepers only."""
    part = get_object_or_404(RoundPart.objects.select_related("round__unit", "writer"), pk=pk)
    found = part.round
    kind = kind_or_404(found.document)
    owner = owner_of(kind, found.unit, found.owner)
    if owner is None or not unit_policy.can_view(user, found.unit):
        raise Http404
    keeps = may_keep(user, kind, owner)
    if not keeps:
        if not (user.is_authenticated and part.writer_id == user.pk):
            raise Http404
        if keep:
            raise PermissionDenied
    return part, kind, owner, keeps
