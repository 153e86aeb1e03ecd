"""Page rows: a document's chapters (the committee's operational plan of the plan year)."""

from __future__ import annotations

from django.urls import reverse

from chapters.models import Chapter
from tests.permissions.expect import (
    FOUND,
    NOT_ALLOWED,
    NOT_FOUND,
    OK,
    Row,
    Write,
    codes,
    editors,
    in_region,
)
from tests.permissions.world import PermWorld, fresh

EDIT, EDIT_SAVED = editors(OK), editors(FOUND)


def _values(w: PermWorld, **extra: object) -> dict[str, object]:
    return {"heading": "Inledning", "level": "1", "place": "start", "text": "Ny text."} | extra


ROWS = [
    Row(
        "chapters:list",
        lambda w: reverse("chapters:list", args=["verksamhetsplan", w.base.committee.pk, 2022]),
        in_region(OK),
    ),
    # A unit above one's own is context in the tree, not a readable plan.
    Row(
        "chapters:list",
        lambda w: reverse("chapters:list", args=["verksamhetsplan", w.base.council.pk, 2022]),
        in_region(OK, controller=NOT_FOUND, owner=NOT_FOUND, reader=NOT_FOUND),
        variant="unit above one's own",
    ),
    Row(
        "chapters:create",
        lambda w: reverse("chapters:create", args=["verksamhetsplan", w.base.committee.pk, 2022]),
        EDIT,
        Write(lambda w: _values(w), EDIT_SAVED, lambda w: Chapter.objects.count()),
    ),
    Row(
        "chapters:edit",
        lambda w: reverse("chapters:edit", args=[w.chapters[0].pk]),
        EDIT,
        Write(
            lambda w: _values(w, version=fresh(w.chapters[0]).version),
            EDIT_SAVED,
            lambda w: fresh(w.chapters[0]).version,
        ),
    ),
    Row(
        "chapters:delete",
        lambda w: reverse("chapters:delete", args=[w.chapters[0].pk]),
        EDIT,
        Write(
            lambda w: {},
            EDIT_SAVED,
            lambda w: Chapter.objects.filter(pk=w.chapters[0].pk).exists(),
        ),
    ),
    Row(
        "chapters:move",
        lambda w: reverse("chapters:move", args=[w.chapters[1].pk]),
        codes(NOT_ALLOWED),
        Write(lambda w: {"riktning": "upp"}, EDIT_SAVED, lambda w: fresh(w.chapters[1]).order),
    ),
]
