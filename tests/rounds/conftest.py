"""A period report with a chapter and measures, and a round's helpers."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

import pytest

from chapters.documents import Owner
from chapters.models import Chapter
from chapters.services import create_chapter
from followup.chapter_documents import PERIOD_REPORT, report_owner
from rounds.kinds import RoundKind
from rounds.models import ReportRound
from rounds.report_kind import PERIOD_REPORT_ROUND
from rounds.services.start import start_round
from tests.conftest import World
from tests.followup_views.conftest import FollowupWorld, make_followup_world
from tests.internal_control_views.conftest import control_world  # noqa: F401 (shared fixture)

TODAY = datetime.date(2022, 5, 2)
DUE = datetime.date(2022, 5, 16)


@dataclass
class RoundWorld:
    followup: FollowupWorld
    kind: RoundKind
    owner: Owner
    intro: Chapter

    def start(self, actor: Any, **extra: Any) -> ReportRound:
        values: dict[str, Any] = {"due_on": DUE, "today": TODAY} | extra
        return start_round(actor, self.kind, self.owner, **values)


@pytest.fixture
def round_world(world: World) -> RoundWorld:
    followup = make_followup_world(world)
    owner = report_owner(world.committee, followup.period)
    intro = create_chapter(
        world.controller,
        PERIOD_REPORT,
        owner,
        heading="Inledning",
        place="start",
        text="Tertialen i korthet.",
    )
    return RoundWorld(followup, PERIOD_REPORT_ROUND, owner, intro)
