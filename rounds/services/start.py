"""Start a round for a document: from what the document holds, or from an earlier round,
whose sections, writers and instructions it carries on (the roll forward)."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from audit.attribution import attributed
from chapters.access import may_read
from chapters.documents import Owner
from chapters.models import Chapter
from chapters.services import chapters_of, create_chapter
from organisation.models import User
from rounds.access import may_keep
from rounds.kinds import PartSeed, RoundKind
from rounds.models import PartKind, ReportRound, RoundPart


def check_start(
    kind: RoundKind, owner: Owner, due_on: datetime.date | None, today: datetime.date
) -> None:
    errors: dict[str, str] = {}
    if ReportRound.objects.filter(
        unit=owner.unit, document=kind.document, owner=owner.key
    ).exists():
        errors["period"] = _("A round of %(document)s has already been started.") % {
            "document": owner.title
        }
    if due_on is None:
        errors["due_on"] = _("Give the last day for the parts.")
    elif due_on < today:
        errors["due_on"] = _("The last day %(day)s has passed. Give a day from today on.") % {
            "day": due_on.isoformat()
        }
    if errors:
        raise ValidationError(errors)


def _writer(kind: RoundKind, owner: Owner, writer_id: int | None) -> Any:
    """The writer a seed names, if they can read the document; else none yet."""
    if writer_id is None:
        return None
    writer = User.objects.filter(pk=writer_id, is_active=True).first()
    if writer is None or not may_read(writer, kind.chapters_kind(), owner):
        return None
    return writer


def _rolled_seeds(actor: Any, kind: RoundKind, owner: Owner, earlier: ReportRound) -> list[Any]:
    """The earlier round's parts for this document: each section written again under its
    heading (its text as the start of this one's, unless the document has it already), each
    analysis and the outcomes with their writer and instructions; then what is asked for
    this time that the earlier round did not ask."""
    document = kind.chapters_kind()
    present = {c.heading: c for c in chapters_of(document, owner) if c.heading}
    fresh = {(s.kind, s.subject_kind, s.subject_id): s for s in kind.seeds(owner)}
    rolled: list[tuple[PartSeed, str]] = []
    for part in earlier.parts.select_related("chapter").order_by("order", "pk"):
        if part.kind == PartKind.SECTION:
            source = part.chapter
            chapter = present.get(source.heading if source else part.title)
            if chapter is None and source is not None:
                chapter = create_chapter(
                    actor,
                    document,
                    owner,
                    place=source.place,
                    level=source.level,
                    heading=source.heading,
                    text=source.text,
                )
            if chapter is None:
                chapter = create_chapter(actor, document, owner, heading=part.title)
            seed = PartSeed(
                PartKind.SECTION,
                chapter.heading or part.title,
                chapter.pk,
                writer_id=part.writer_id,
            )
        else:
            same = fresh.get((part.kind, part.subject_kind, part.subject_id))
            if same is None:
                continue  # not asked for this time (a measure not due in the period)
            seed = PartSeed(
                part.kind,
                same.title,
                subject_kind=part.subject_kind,
                subject_id=part.subject_id,
                writer_id=part.writer_id,
            )
        rolled.append((seed, part.instructions))
    # What is asked for this time and was not the last: a measure due now, say.
    carried = {(s.kind, s.subject_kind, s.subject_id) for s, _i in rolled}
    rolled += [
        (seed, "")
        for key, seed in fresh.items()
        if seed.kind != PartKind.SECTION and key not in carried
    ]
    return rolled


@transaction.atomic
def start_round(
    actor: Any,
    kind: RoundKind,
    owner: Owner,
    *,
    due_on: datetime.date | None,
    instructions: str = "",
    earlier: ReportRound | None = None,
    today: datetime.date,
) -> ReportRound:
    """A new round of `owner`'s document with a part per section, per measure asked for and
    for the outcomes, each due on `due_on`; from `earlier`, its parts carried on."""
    if not may_keep(actor, kind, owner):
        raise PermissionDenied
    check_start(kind, owner, due_on, today)
    if earlier is not None and (
        earlier.unit_id != owner.unit.pk or earlier.document != kind.document
    ):
        raise ValidationError({"earlier": _("Choose an earlier round of the same unit's report.")})
    created = ReportRound(
        unit=owner.unit,
        document=kind.document,
        owner=owner.key,
        title=owner.title,
        instructions=instructions.strip(),
        started_from=earlier,
    )
    attributed(created, actor).full_clean()
    created.save()
    if earlier is not None:
        seeds = _rolled_seeds(actor, kind, owner, earlier)
    else:
        seeds = [(seed, "") for seed in kind.seeds(owner)]
    for order, (seed, part_instructions) in enumerate(seeds, start=1):
        part = RoundPart(
            round=created,
            order=order,
            kind=seed.kind,
            title=seed.title[:300],
            chapter=Chapter.objects.get(pk=seed.chapter_id) if seed.chapter_id else None,
            subject_kind=seed.subject_kind,
            subject_id=seed.subject_id,
            writer=_writer(kind, owner, seed.writer_id),
            due_on=due_on,
            instructions=part_instructions,
        )
        attributed(part, actor).full_clean()
        part.save()
    return created
