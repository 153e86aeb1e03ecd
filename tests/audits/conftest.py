"""A review answered by the test world's committee: two recommendations, promised measures
(one owned by the committee's owner persona), a programme, a report and a signatory."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import pytest

from committee.models import AuditReview, PromisedMeasure, Recommendation
from committee.services.promises import create_promise, report_on_promise
from committee.services.recommendations import add_recommendation
from committee.services.reviews import add_signatory, create_review
from economy.models import Programme
from organisation.access import SYSTEM
from tests.conftest import World
from tests.internal_control_views.conftest import control_world


@dataclass
class ReviewWorld:
    review: AuditReview
    programme: Programme
    first: Recommendation
    second: Recommendation
    owned: PromisedMeasure  # owned by world.owner, reported on once
    unowned: PromisedMeasure


@pytest.fixture
def review_world(world: World) -> ReviewWorld:
    return make_review_world(world)


def make_review_world(world: World) -> ReviewWorld:
    review = create_review(
        SYSTEM,
        world.committee,
        title="Granskning av ekonomisk strategi och planering",
        auditors="Regionens revisorer",
        case_number="HSN/1641/2025",
        answered_on=datetime.date(2025, 11, 15),
        answer_title="Hälso- och sjukvårdsnämndens svar på granskning",
        overall_assessment="Den samlade bedömningen är att styrning brister.",
        introduction="Regionens revisorer har genomfört en granskning.",
        closing="Slutligen vill nämnden understryka läget.",
        signed_for="Hälso- och sjukvårdsnämnden",
        handled_by="Henrik Wahlström",
        handled_by_unit="Hälso- och sjukvård",
    )
    add_signatory(SYSTEM, review, name="Katarina Nyberg Finn (S)", title="Ordförande")
    programme = Programme.objects.create(
        unit=world.committee, name="Rätt storlek, rätt stöd", description="Inriktat på stöd."
    )
    first = add_recommendation(
        SYSTEM,
        review,
        text="Stärk kopplingen mellan mål och åtgärder.",
        answer="Nämnden delar bedömningen.\n\n▪ Första insatsen\n▪ Andra insatsen",
    )
    second = add_recommendation(SYSTEM, review, text="Förbättra uppföljning och analys.")
    owned = create_promise(
        SYSTEM,
        first,
        text="Rätt storlek, rätt stöd.",
        owner=world.owner,
        deadline=datetime.date(2099, 6, 30),
        programmes=[programme],
    )
    unowned = create_promise(SYSTEM, first, text="Utveckla indikatorer inom nämndens område.")
    report_on_promise(
        SYSTEM,
        owned,
        status="in_progress",
        comment="Stödfunktionerna är kartlagda.",
        reported_on=datetime.date(2026, 1, 20),
    )
    owned.refresh_from_db()
    return ReviewWorld(review, programme, first, second, owned, unowned)


__all__ = ["control_world", "make_review_world", "review_world"]
