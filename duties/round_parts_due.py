"""What the writers of report rounds have still to write: each part not marked ready in an
open round, by its deadline. One query, for one person or for everyone."""

from __future__ import annotations

from collections.abc import Iterable

from django.urls import reverse
from django.utils.translation import gettext as _

from duties.items import DueItem
from rounds.models import PartKind, PartState, RoundPart, RoundStatus

KINDS = {
    PartKind.SECTION: lambda: _("Section"),
    PartKind.ANALYSIS: lambda: _("Analysis"),
    PartKind.OUTCOMES: lambda: _("Outcomes"),
}


def round_part_items(people: Iterable[int] | None, round_id: int | None = None) -> list[DueItem]:
    """The parts each writer has still to mark ready (of one round, with `round_id`)."""
    found = (
        RoundPart.objects.filter(writer__isnull=False, round__status=RoundStatus.OPEN)
        .exclude(state=PartState.READY)
        .select_related("round")
        .order_by("due_on", "round_id", "order", "pk")
    )
    if people is not None:
        found = found.filter(writer_id__in=list(people))
    if round_id is not None:
        found = found.filter(round_id=round_id)
    return [
        DueItem(
            person_id=part.writer_id,
            kind=KINDS[PartKind(part.kind)](),
            title=part.title,
            url=reverse("rounds:part", args=[part.pk]),
            task=_("Sent back: write it again and mark it ready")
            if part.state == PartState.RETURNED
            else _("Write it and mark it ready"),
            context=part.round.title,
            subject=f"round:{part.round_id}",
            due_on=part.due_on,
        )
        for part in found
        if part.writer_id is not None
    ]
