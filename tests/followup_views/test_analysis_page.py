"""The analysis page: writers write with a preview, readers read, others find nothing; the
scorecard leads to it, and a closed period's stored report changes once one is written."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from followup.models import Analysis, Outcome, PeriodStatus
from followup.services.analyses import save_analysis
from organisation.services.tokens import create_api_token
from planning.models import Goal, GoalLevel, Indicator, Perspective, PerspectiveKind
from reports.views.tertial_report import DOCX
from reports.views.tertial_report import _order as tertial_order
from tests.conftest import World
from tests.followup_views.conftest import FollowupWorld


def _url(world: World, fw: FollowupWorld, kind: str = "matt", pk: int | None = None) -> str:
    pk = fw.indicators[0].pk if pk is None else pk
    return reverse("followup:analysis", args=[world.committee.pk, fw.period.pk, kind, pk])


def _text(response: Any) -> str:
    return " ".join(response.content.decode().split())


def _scorecard(world: World, fw: FollowupWorld) -> str:
    return reverse("followup:scorecard") + f"?period={fw.period.pk}&enhet={world.committee.pk}"


def test_the_controller_previews_and_saves_a_measures_analysis(
    world: World, followup_world: FollowupWorld, login: Any
) -> None:
    share = followup_world.indicators[0]
    Outcome.objects.create(
        indicator=share, period=followup_world.period, unit=world.committee, total=58
    )
    client = login(world.controller)
    url = _url(world, followup_world)
    page = _text(client.get(url))
    assert "<h1>Analys: Mått: Andel patienter som fått frågan om våld</h1>" in page
    assert "Minst 70 %" in page and "58 %" in page  # the target and the outcome at hand
    assert "En analys säger hur måluppfyllelsen ser ut" in page
    assert 'name="version" value="0"' in page

    text = "Andelen **ökar** men når inte målet.\n\n- Utbildning i maj"
    preview = _text(
        client.post(url, {"text": text, "forecast": "partly_met", "version": 0, "preview": "1"})
    )
    assert "Förhandsgranskning (inte sparad)" in preview
    assert "<strong>ökar</strong>" in preview and "<li>Utbildning i maj</li>" in preview
    assert not Analysis.objects.exists()

    saved = client.post(url, {"text": text, "forecast": "partly_met", "version": 0})
    assert saved.status_code == 302 and saved["Location"] == _scorecard(world, followup_world)
    analysis = Analysis.objects.get()
    assert (analysis.indicator, analysis.forecast, analysis.written_by) == (
        share,
        "partly_met",
        world.controller,
    )
    card = _text(client.get(saved["Location"]))
    assert "Analysen sparades." in card
    assert (
        f'href="{url}" aria-describedby="m-{share.pk}">Analys</a> '
        '<span class="muted">(prognos: delvis uppfyllt)</span>'
    ) in card
    assert f'<a id="m-{share.pk}" href="{share.get_absolute_url()}">{share.name}</a>' in card
    second = reverse(
        "followup:analysis",
        args=[
            world.committee.pk,
            followup_world.period.pk,
            "matt",
            followup_world.indicators[1].pk,
        ],
    )
    assert (
        f'href="{second}" aria-describedby="m-{followup_world.indicators[1].pk}">Skriv analys'
        in card
    )


def test_a_refusal_and_a_conflict_keep_what_was_written(
    world: World, followup_world: FollowupWorld, login: Any
) -> None:
    client = login(world.controller)
    url = _url(world, followup_world)
    refused = _text(client.post(url, {"text": "Se [planen](/plan).", "version": 0}))
    assert "Länken ”/plan” börjar inte med https://" in refused
    assert "Se [planen](/plan)." in refused
    save_analysis(
        world.admin,
        world.committee,
        followup_world.period,
        "matt",
        followup_world.indicators[0].pk,
        "Administratörens text.",
        "met",
        0,
    )
    conflict = _text(client.post(url, {"text": "Karins text.", "forecast": "", "version": 0}))
    assert "Någon annan har sparat under tiden" in conflict
    assert "Administratörens text." in conflict and "Karins text." in conflict
    assert Analysis.objects.get().text == "Administratörens text."
    # Saving again on the version now shown is a deliberate choice.
    client.post(url, {"text": "Karins text.", "forecast": "", "version": 1})
    assert Analysis.objects.get().text == "Karins text."
    removed = client.post(url, {"text": "", "forecast": "", "version": 2}, follow=True)
    assert "Analysen togs bort. Dess historik sparas." in _text(removed)
    assert not Analysis.objects.exists()


def test_readers_read_and_others_find_nothing(
    world: World, followup_world: FollowupWorld, client: Client
) -> None:
    url = _url(world, followup_world)
    client.force_login(world.reader)
    assert "Ingen analys är skriven för perioden ännu." in _text(client.get(url))
    save_analysis(
        world.controller,
        world.committee,
        followup_world.period,
        "matt",
        followup_world.indicators[0].pk,
        "Andelen *ökar*.",
        "",
        0,
    )
    page = _text(client.get(url))
    assert "<em>ökar</em>" in page and "Ingen prognos angiven" in page
    assert "Skriven av Karin" in page and "<textarea" not in page
    assert client.post(url, {"text": "Nej.", "version": 1}).status_code == 403
    card = _text(client.get(_scorecard(world, followup_world)))
    assert "Skriv analys" not in card and f'href="{url}" aria-describedby=' in card
    for persona in (world.outsider, world.installer):
        client.force_login(persona)
        assert client.get(url).status_code == 404


@pytest.mark.parametrize("case", ["kind", "elsewhere", "ended", "region"])
def test_what_is_not_in_the_units_plan_has_no_analysis_page(
    world: World, followup_world: FollowupWorld, login: Any, case: str
) -> None:
    client = login(world.controller)
    if case == "kind":
        url = _url(world, followup_world, kind="strategi")
    elif case == "elsewhere":
        measure = Indicator.objects.create(unit=world.division, name="Divisionens mått")
        url = _url(world, followup_world, pk=measure.pk)
    elif case == "ended":
        goal = Goal.objects.create(
            unit=world.committee, level=GoalLevel.COMMITTEE, title="Gammalt", last_year=2020
        )
        url = _url(world, followup_world, kind="mal", pk=goal.pk)
    else:
        other = Perspective.objects.create(
            unit=world.other_region, kind=PerspectiveKind.PERSPECTIVE, name="Ekonomi"
        )
        url = _url(world, followup_world, kind="perspektiv", pk=other.pk)
    assert client.get(url).status_code == 404
    assert client.post(url, {"text": "Text.", "version": 0}).status_code == 404
    assert not Analysis.objects.exists()


def test_the_goal_and_perspective_pages_and_their_links(
    world: World, followup_world: FollowupWorld, login: Any
) -> None:
    perspective = Perspective.objects.create(
        unit=world.committee, kind=PerspectiveKind.PERSPECTIVE, name="Medborgare", order=1
    )
    goal = followup_world.indicators[0].goal
    assert goal is not None
    Goal.objects.filter(pk=goal.pk).update(perspective=perspective)
    client = login(world.controller)
    goal_url = _url(world, followup_world, kind="mal", pk=goal.pk)
    assert "<h1>Analys: Nämndmål: God och nära vård</h1>" in _text(client.get(goal_url))
    client.post(goal_url, {"text": "Målet nås delvis.", "forecast": "not_met", "version": 0})
    perspective_url = _url(world, followup_world, kind="perspektiv", pk=perspective.pk)
    assert "<h1>Analys: Perspektiv: Medborgare</h1>" in _text(client.get(perspective_url))
    card = _text(client.get(_scorecard(world, followup_world)))
    assert f'href="{goal_url}" aria-describedby="gt-{goal.pk}">Analys<' in card
    assert "(prognos: ej uppfyllt)" in card and f'<span id="gt-{goal.pk}">God och nära vård' in card
    assert f'href="{perspective_url}" aria-describedby="p-1">Skriv analys<' in card


def test_a_closed_reports_stored_file_is_made_again_once_an_analysis_is_written(
    world: World, followup_world: FollowupWorld
) -> None:
    unit, period = world.committee, followup_world.period
    period.status = PeriodStatus.CLOSED
    before = tertial_order(unit, period, "Word", DOCX).shows
    save_analysis(
        world.controller, unit, period, "matt", followup_world.indicators[0].pk, "A.", "", 0
    )
    written = tertial_order(unit, period, "Word", DOCX).shows
    assert written not in (before, "")
    save_analysis(
        world.controller, unit, period, "matt", followup_world.indicators[0].pk, "B.", "", 1
    )
    changed = tertial_order(unit, period, "Word", DOCX).shows
    assert changed not in (before, written)
    save_analysis(
        world.controller, unit, period, "matt", followup_world.indicators[0].pk, "", "", 2
    )
    assert tertial_order(unit, period, "Word", DOCX).shows not in (before, written, changed)


def test_the_scorecards_api_gives_each_analysis_as_written(
    world: World, followup_world: FollowupWorld, client: Client
) -> None:
    unit, period = world.committee, followup_world.period
    share = followup_world.indicators[0]
    goal = share.goal
    assert goal is not None
    save_analysis(world.controller, unit, period, "matt", share.pk, "Andelen *ökar*.", "met", 0)
    save_analysis(world.controller, unit, period, "mal", goal.pk, "", "not_assessable", 0)
    token = create_api_token(world.reader, "t")[1]
    card = client.get(
        f"/api/follow-up/scorecard?unit_id={unit.pk}&period_id={period.pk}",
        HTTP_AUTHORIZATION=f"Bearer {token}",
    ).json()
    assert [
        {k: a[k] for k in ("kind", "subject_id", "text", "forecast", "version")}
        for a in card["analyses"]
    ] == [
        {
            "kind": "mal",
            "subject_id": goal.pk,
            "text": "",
            "forecast": "not_assessable",
            "version": 1,
        },
        {
            "kind": "matt",
            "subject_id": share.pk,
            "text": "Andelen *ökar*.",
            "forecast": "met",
            "version": 1,
        },
    ]
