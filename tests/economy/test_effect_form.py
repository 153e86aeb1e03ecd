"""Reporting a month's realised effect: an amount or the month's actual inputs, with its
evidence: a comment, an outcome of one of the measure's indicators, or the cost type."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.urls import reverse

from economy.models import RealisedEffect
from followup.models import Outcome, Period, PeriodKind
from tests.conftest import World
from tests.economy.measures_world import MeasuresWorld


def _url(measures_world: MeasuresWorld) -> str:
    return reverse("economy:effect_create", args=[measures_world.hired_staff.pk])


def test_february_from_actual_inputs_with_the_indicator_that_shows_it(
    world: World, measures_world: MeasuresWorld, login
) -> None:  # type: ignore[no-untyped-def]
    client = login(world.owner)
    form = client.get(_url(measures_world)).content.decode()
    assert "Inhyrda årsarbeten, februari 2025: 31" in form  # the outcome offered as evidence
    response = client.post(
        _url(measures_world),
        {
            "year": "2025",
            "month": "2",
            "calculation": str(measures_world.staff_calculation.pk),
            "actual_årsarbeten": "11",
            "indicator_outcome": str(measures_world.february_outcome.pk),
        },
    )
    assert response.status_code == 302
    effect = RealisedEffect.objects.get(measure=measures_world.hired_staff)
    assert effect.actual_inputs == {"årsarbeten": "11.0000"}
    assert effect.reported_by == world.owner
    page = client.get(measures_world.hired_staff.get_absolute_url()).content.decode()
    assert "11\u00a0årsarbeten × 1\u00a0450\u00a0tkr / 12 = 1\u00a0329,2\u00a0tkr" in page
    assert "Inhyrda årsarbeten</a>, februari 2025: 31" in page


def test_an_effect_without_evidence_or_with_both_kinds_is_refused(
    world: World, measures_world: MeasuresWorld, login
) -> None:  # type: ignore[no-untyped-def]
    client = login(world.controller)
    base = {"year": "2025", "month": "2", "calculation": str(measures_world.staff_calculation.pk)}
    html = client.post(_url(measures_world), base | {"amount": "1 000 000"}).content.decode()
    assert "Ange underlaget för effekten" in html
    html = client.post(
        _url(measures_world), base | {"amount": "1000", "actual_årsarbeten": "11", "comment": "x"}
    ).content.decode()
    assert "inte båda" in html
    html = client.post(_url(measures_world), base | {"comment": "Inget belopp"}).content.decode()
    assert "Ange hemtagningseffekten: ett belopp eller månadens faktiska indata." in html
    assert not RealisedEffect.objects.exists()


def test_the_indicator_outcome_must_be_of_a_period_with_the_month(
    world: World, measures_world: MeasuresWorld, login
) -> None:  # type: ignore[no-untyped-def]
    march = Period.objects.create(
        unit=world.region,
        year=2025,
        kind=PeriodKind.MONTH,
        number=3,
        name="mars",
        starts_on=datetime.date(2025, 3, 1),
        ends_on=datetime.date(2025, 3, 31),
    )
    outcome = Outcome.objects.create(
        indicator=measures_world.indicator, period=march, unit=world.committee, total=30
    )
    html = (
        login(world.controller)
        .post(
            _url(measures_world),
            {"year": "2025", "month": "2", "amount": "100", "indicator_outcome": str(outcome.pk)},
        )
        .content.decode()
    )
    assert "Välj ett utfall för en period som innehåller februari 2025." in html


def test_a_month_is_reported_once_and_then_changed(
    world: World, measures_world: MeasuresWorld, login
) -> None:  # type: ignore[no-untyped-def]
    client = login(world.controller)
    data = {"year": "2025", "month": "1", "amount": "1 200 000", "comment": "Enligt huvudboken."}
    assert client.post(_url(measures_world), data).status_code == 302
    again = client.post(_url(measures_world), data).content.decode()
    assert "Effekten för januari 2025 är redan rapporterad" in again
    effect = RealisedEffect.objects.get()
    assert effect.amount == Decimal("1200000")
    edit = reverse("economy:effect_edit", args=[effect.pk])
    changed = client.post(edit, data | {"amount": "1 100 000", "version": str(effect.version)})
    assert changed.status_code == 302
    effect.refresh_from_db()
    assert effect.amount == Decimal("1100000") and effect.version == 2
