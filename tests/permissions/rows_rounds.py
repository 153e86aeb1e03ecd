"""Page rows: report rounds (the committee's open round of the open period, in which the
owner writes their own measure's analysis, and an approved one of the closed period)."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django_tasks import task_backends

from organisation.access import SYSTEM
from rounds.models import PartKind, ReportRound, RoundPart
from rounds.report_kind import PERIOD_REPORT_ROUND
from rounds.services.parts import mark_ready
from tests.permissions.expect import (
    FORBIDDEN,
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

KEEPERS = in_region(NOT_FOUND, admin=OK, controller=OK)
KEEPERS_SAVED = in_region(NOT_FOUND, admin=FOUND, controller=FOUND)
# The owner writes a part of the open round: they see it, and may not keep it.
WITH_WRITER = in_region(NOT_FOUND, admin=OK, controller=OK, owner=OK)
KEEPERS_ONLY = in_region(NOT_FOUND, admin=OK, controller=OK, owner=FORBIDDEN)
KEEPERS_ONLY_SAVED = in_region(NOT_FOUND, admin=FOUND, controller=FOUND, owner=FORBIDDEN)
WRITER_SAVED = in_region(NOT_FOUND, admin=FOUND, controller=FOUND, owner=FOUND)


def _round(w: PermWorld) -> ReportRound:
    return w.rounds.open_round


def _own(w: PermWorld) -> RoundPart:
    return _round(w).parts.get(writer=w.base.owner)


def _section(w: PermWorld) -> RoundPart:
    return _round(w).parts.get(kind=PartKind.SECTION)


def _owner_of(w: PermWorld) -> Any:
    return PERIOD_REPORT_ROUND.chapters_kind().owner(w.base.committee, w.period.pk)


def _ready(w: PermWorld, part: RoundPart) -> RoundPart:
    return mark_ready(SYSTEM, PERIOD_REPORT_ROUND, _owner_of(w), part)


def _all_ready(w: PermWorld) -> dict[str, Any]:
    for part in _round(w).parts.all():
        _ready(w, part)
    return {}


def _remind_all(w: PermWorld) -> dict[str, Any]:
    w.base.owner.email = "owner@rjh.example"
    w.base.owner.save(update_fields=["email"])
    return {"person": ["all"]}


def _queued(w: PermWorld) -> int:
    return len(getattr(task_backends["default"], "results", []))


ROWS = [
    Row("rounds:list", lambda w: reverse("rounds:list"), codes(OK)),
    Row(
        "rounds:start",
        lambda w: reverse("rounds:start", args=["rapport", w.base.committee.pk]),
        editors(OK),
        Write(
            lambda w: {"period": w.rounds.free_period.pk, "due_on": "2030-01-31"},
            editors(FOUND),
            lambda w: ReportRound.objects.count(),
        ),
    ),
    Row("rounds:detail", lambda w: reverse("rounds:detail", args=[_round(w).pk]), WITH_WRITER),
    Row(
        "rounds:approve",
        lambda w: reverse("rounds:approve", args=[_round(w).pk]),
        codes(NOT_ALLOWED),
        Write(_all_ready, KEEPERS_ONLY_SAVED, lambda w: fresh(_round(w)).status),
    ),
    Row(
        "rounds:send_again",
        lambda w: reverse("rounds:send_again", args=[w.rounds.sent_round.pk]),
        codes(NOT_ALLOWED),
        Write(lambda w: {}, KEEPERS_SAVED, _queued),
    ),
    Row(
        "rounds:sent_file",
        lambda w: reverse("rounds:sent_file", args=[w.rounds.sent_round.pk, "pdf"]),
        KEEPERS,
    ),
    Row(
        "rounds:section_add",
        lambda w: reverse("rounds:section_add", args=[_round(w).pk]),
        KEEPERS_ONLY,
        Write(
            lambda w: {"heading": "Tillgänglighet", "place": "start", "due_on": "2030-01-31"},
            KEEPERS_ONLY_SAVED,
            lambda w: _round(w).parts.count(),
        ),
    ),
    Row("rounds:part", lambda w: reverse("rounds:part", args=[_own(w).pk]), WITH_WRITER),
    Row(
        "rounds:part_ready",
        lambda w: reverse("rounds:part_ready", args=[_own(w).pk]),
        codes(NOT_ALLOWED),
        Write(lambda w: {}, WRITER_SAVED, lambda w: fresh(_own(w)).state),
    ),
    Row(
        "rounds:part_undo",
        lambda w: reverse("rounds:part_undo", args=[_own(w).pk]),
        codes(NOT_ALLOWED),
        Write(
            lambda w: _ready(w, _own(w)) and {},
            WRITER_SAVED,
            lambda w: fresh(_own(w)).state,
        ),
    ),
    Row(
        "rounds:part_back",
        lambda w: reverse("rounds:part_back", args=[_own(w).pk]),
        KEEPERS_ONLY,
        Write(
            lambda w: _ready(w, _own(w)) and {"comment": "Lägg till trenden."},
            KEEPERS_ONLY_SAVED,
            lambda w: fresh(_own(w)).state,
        ),
    ),
    Row(
        "rounds:part_assign",
        lambda w: reverse("rounds:part_assign", args=[_section(w).pk]),
        KEEPERS,
        Write(
            lambda w: {
                "writer": w.base.owner.pk,
                "due_on": "2030-02-01",
                "instructions": "Två stycken.",
                "version": fresh(_section(w)).version,
            },
            KEEPERS_SAVED,
            lambda w: fresh(_section(w)).version,
        ),
    ),
    Row(
        "rounds:part_remove",
        lambda w: reverse("rounds:part_remove", args=[_own(w).pk]),
        KEEPERS_ONLY,
        Write(
            lambda w: {},
            KEEPERS_ONLY_SAVED,
            lambda w: _round(w).parts.filter(writer=w.base.owner).count(),
        ),
    ),
    Row(
        "duties:remind_round",
        lambda w: reverse("duties:remind_round", args=[_round(w).pk]),
        KEEPERS_ONLY,
        Write(_remind_all, KEEPERS_ONLY_SAVED, _queued),
    ),
    # The report as sent, by its own address: read by those who read the unit's report.
    Row(
        "reports:tertial_report_pdf",
        lambda w: reverse(
            "reports:tertial_report_pdf", args=[w.base.committee.pk, w.closed_period.pk]
        )
        + "?version=skickad",
        in_region(OK),
        variant="as sent",
    ),
]
