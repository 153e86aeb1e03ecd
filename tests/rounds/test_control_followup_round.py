"""The round of a follow-up of the internal control plan: its sections and the owners'
reporting of actions, risks and controls, started by the plan's keepers and sent as the
follow-up's PDF and Word."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from chapters.models import SentDocument
from chapters.services import create_chapter
from internal_control.chapter_documents import CONTROL_FOLLOW_UP, follow_up_owner
from rounds.control_followup_kind import CONTROL_FOLLOW_UP_ROUND
from rounds.models import PartKind, RoundStatus
from rounds.services.approve import approve_round
from rounds.services.parts import mark_ready
from rounds.services.start import start_round
from tests.conftest import World
from tests.internal_control_views.conftest import ControlWorld

TODAY = datetime.date(2025, 8, 1)


def test_the_august_follow_up_as_a_round(world: World, control_world: ControlWorld) -> None:
    followup = control_world.plan.followups.get()
    owner = follow_up_owner(followup)
    create_chapter(world.controller, CONTROL_FOLLOW_UP, owner, heading="Sammanfattning")
    kind = CONTROL_FOLLOW_UP_ROUND
    assert kind.candidates(world.committee)[0][0] == followup.pk
    assert kind.default_due(owner) == followup.due_on
    assert not kind.may_start(world.owner, world.committee)
    with pytest.raises(PermissionDenied):
        start_round(world.owner, kind, owner, due_on=followup.due_on, today=TODAY)
    found = start_round(world.controller, kind, owner, due_on=followup.due_on, today=TODAY)
    parts = list(found.parts.order_by("order"))
    assert [(p.kind, p.subject_kind) for p in parts] == [
        (PartKind.SECTION, ""),
        (PartKind.REPORTING, "atgarder"),
        (PartKind.REPORTING, "risker"),
        (PartKind.REPORTING, "kontrollmoment"),
    ]
    assert parts[1].title == "Ägarna rapporterar åtgärderna"
    for part in parts:
        mark_ready(world.controller, kind, owner, part)
    approve_round(world.controller, kind, owner, found)
    found.refresh_from_db()
    assert found.status == RoundStatus.APPROVED
    kept = {f.file_format: bytes(f.content) for f in SentDocument.objects.filter(owner=followup.pk)}
    assert kept["pdf"].startswith(b"%PDF") and kept["docx"].startswith(b"PK")


def test_a_last_day_already_past_is_not_offered(
    world: World, control_world: ControlWorld, client: Client
) -> None:
    followup = control_world.plan.followups.get()
    assert followup.due_on < timezone.localdate()
    client.force_login(world.controller)
    page = client.get(reverse("rounds:start", args=["uppfoljning", world.committee.pk]))
    text = page.content.decode()
    assert "Uppföljning augusti" in text and "– dokumentet som det ser ut nu –" in text
    assert followup.due_on.isoformat() not in text
