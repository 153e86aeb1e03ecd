"""Write, change, move and remove a document's chapters; read them for pages and documents.

Every write asks chapters.access whether the person may write in the document and checks
the values by the same rules (check_values) whichever way they come.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from audit.attribution import attributed
from audit.concurrency import save_versioned
from chapters import markup
from chapters.access import may_write, may_write_chapter
from chapters.documents import DocumentKind, Owner
from chapters.models import Chapter, ChapterLevel

FIELDS = ("place", "level", "heading", "text")


def check_values(kind: DocumentKind, values: dict[str, Any]) -> dict[str, Any]:
    """The chapter's values as stored, or a ValidationError naming each field in Swedish."""
    errors: dict[str, str] = {}
    place = values.get("place") or kind.places[0][0]
    if place not in dict(kind.places):
        errors["place"] = _(
            "“%(place)s” is not a place in this document. Choose one of: %(places)s."
        ) % {
            "place": place,
            "places": ", ".join(str(label) for _key, label in kind.places),
        }
    level = int(values.get("level") or ChapterLevel.CHAPTER)
    if level not in ChapterLevel.values:
        errors["level"] = _("Choose chapter or section.")
    heading = " ".join(str(values.get("heading") or "").split())
    text = str(values.get("text") or "").replace("\r\n", "\n").strip("\n")
    if not heading and not text.strip():
        errors["heading"] = _("Write a heading, a text or both.")
    if refused := markup.refused_links(text):
        errors["text"] = _(
            "The link “%(link)s” does not start with https://, http:// or mailto:, so a "
            "reader of the document cannot follow it."
        ) % {"link": refused[0]}
    if errors:
        raise ValidationError(errors)
    return {"place": place, "level": level, "heading": heading, "text": text}


def _of(kind: DocumentKind, owner: Owner) -> Any:
    return Chapter.objects.filter(unit=owner.unit, document=kind.key, owner=owner.key)


def _next_order(kind: DocumentKind, owner: Owner, place: str) -> int:
    """The order that puts a chapter last at its place."""
    last = _of(kind, owner).filter(place=place).aggregate(last=Max("order"))["last"]
    return int(last or 0) + 1


def chapter_count(kind: DocumentKind, owner: Owner) -> int:
    return int(_of(kind, owner).count())


def chapters_of(kind: DocumentKind, owner: Owner) -> list[Chapter]:
    """The document's chapters in its order: by place, then as they were arranged."""
    places = {key: index for index, (key, _label) in enumerate(kind.places)}
    return sorted(_of(kind, owner), key=lambda c: (places.get(c.place, len(places)), c.order, c.pk))


def create_chapter(actor: Any, kind: DocumentKind, owner: Owner, **values: Any) -> Chapter:
    if not may_write(actor, kind, owner):
        raise PermissionDenied
    clean = check_values(kind, values)
    with transaction.atomic():
        chapter = Chapter(
            unit=owner.unit,
            document=kind.key,
            owner=owner.key,
            order=_next_order(kind, owner, clean["place"]),
            **clean,
        )
        attributed(chapter, actor).full_clean()
        chapter.save()
    return chapter


def update_chapter(
    actor: Any,
    kind: DocumentKind,
    owner: Owner,
    chapter: Chapter,
    version: int | None,
    **values: Any,
) -> Chapter:
    if not may_write_chapter(actor, kind, owner, chapter):
        raise PermissionDenied
    clean = check_values(kind, values)
    if clean["place"] != chapter.place and not may_write(actor, kind, owner):
        raise ValidationError(
            {"place": _("You write this chapter where it stands; its document's editors move it.")}
        )
    if clean["place"] != chapter.place:
        clean["order"] = _next_order(kind, owner, clean["place"])
    return save_versioned(chapter, version, clean, actor=actor)  # type: ignore[return-value]


def delete_chapter(actor: Any, kind: DocumentKind, owner: Owner, chapter: Chapter) -> None:
    if not may_write(actor, kind, owner):
        raise PermissionDenied
    attributed(chapter, actor).delete()


def move_chapter(
    actor: Any, kind: DocumentKind, owner: Owner, chapter: Chapter, step: int
) -> Chapter:
    """Move the chapter one place up (step -1) or down (+1) among those at its place."""
    if not may_write(actor, kind, owner):
        raise PermissionDenied
    with transaction.atomic():
        siblings = [c for c in chapters_of(kind, owner) if c.place == chapter.place]
        index = next(i for i, c in enumerate(siblings) if c.pk == chapter.pk)
        target = index + step
        if not 0 <= target < len(siblings):
            return chapter
        siblings[index], siblings[target] = siblings[target], siblings[index]
        for order, sibling in enumerate(siblings, start=1):
            if sibling.order != order:
                save_versioned(sibling, None, {"order": order}, actor=actor)
    chapter.refresh_from_db()
    return chapter


def chapters_data(kind: DocumentKind, owner: Owner) -> list[dict[str, Any]]:
    """The document's chapters as plain data: what a page shows, a document prints and an
    adopted plan keeps: the text as written, printed by chapters.markup where it is read."""
    return [
        {"place": c.place, "level": c.level, "heading": c.heading, "text": c.text}
        for c in chapters_of(kind, owner)
    ]


def written_mark(kind: DocumentKind, owner: Owner) -> int:
    """A number that changes whenever a chapter of the document is written, changed, moved
    or removed: the last history record of its chapters (0 if none was ever written)."""
    last = Chapter.history.filter(
        unit_id=owner.unit.pk, document=kind.key, owner=owner.key
    ).aggregate(last=Max("history_id"))["last"]
    return int(last or 0)
