"""Outcomes read from a spreadsheet per unit, period and measure, by the rules of the outcome
grid: who reports what, open periods only, women and men adding up to a count's total. An
outcome the file replaces is shown first, and the save refuses if it changed meanwhile."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from exchange.models import StagedFile
from followup.models import Outcome
from followup.services.outcomes import OutcomeRow, record_outcomes
from tests.conftest import World
from tests.followup_views.conftest import FollowupWorld, make_followup_world


@pytest.fixture
def followup_world(world: World) -> FollowupWorld:
    return make_followup_world(world)


HEADER = "Enhet;Period;Mått;Totalt;Kvinnor;Män;Kommentar\r\n"


def _upload(client: Client, text: str) -> Any:
    return client.post(
        reverse("exchange:upload", args=["utfall"]),
        {"file": SimpleUploadedFile("utfall.csv", text.encode("cp1252"))},
    )


def _page(client: Client, response: Any) -> str:
    return client.get(response.url).content.decode()


def _save(client: Client, page: str) -> Any:
    staged = StagedFile.objects.latest("pk")
    state = page.split('name="state" value="', 1)[1].split('"', 1)[0]
    return client.post(reverse("exchange:staged_save", args=[staged.pk]), {"state": state})


def test_outcomes_are_read_with_women_and_men_and_their_source(
    world: World, followup_world: FollowupWorld, login: Any
) -> None:
    client = login(world.controller)
    text = HEADER + (
        "HSN;DÅ04 2022;1;72,5;;;Ökar\r\n"
        "Hälso- och sjukvårdsnämnden;DÅ04 2022;Antal suicidriskbedömningar;120;70;50;\r\n"
    )
    page = _page(client, _upload(client, text))
    assert "2 rader ger 2 utfall; 0 av dem ersätter ett utfall som redan är sparat." in page
    assert _save(client, page).status_code == 302
    saved = {o.indicator.code: o for o in Outcome.objects.select_related("indicator")}
    assert (saved["1"].total, saved["1"].comment) == (Decimal("72.5"), "Ökar")
    assert (saved["2"].total, saved["2"].women, saved["2"].men) == (120, 70, 50)
    assert saved["2"].source == "utfall.csv, rad 3"
    assert saved["2"].reported_by == world.controller
    assert saved["2"].history.get().history_user == world.controller


def test_bad_rows_are_named_and_nothing_is_saved(
    world: World, followup_world: FollowupWorld, login: Any
) -> None:
    client = login(world.controller)
    text = HEADER + (
        "HSN;DÅ04 2022;1;72,5;;;\r\n"
        "HSN;DÅ04 2022;2;120;70;40;\r\n"
        "Okänd enhet;DÅ04 2022;1;3;;;\r\n"
        "HSN;DÅ04 2021;1;3;;;\r\n"
        "HSN;DÅ04 2022;99;3;;;\r\n"
        "HSN;DÅ04 2022;3;mycket;;;\r\n"
    )
    page = _page(client, _upload(client, text))
    for problem in (
        "Rad 3, Totalt: Kvinnor och män blir tillsammans 110, inte totalen 120.",
        "Rad 4, Enhet: ”Okänd enhet” är inte en enhet i organisationen",
        "Rad 5, Period: DÅ04 2021 är inte öppen för rapportering",
        "Rad 6, Mått: ”99” är inte ett mått i organisationen",
        "Rad 7, Totalt: ”mycket” är inte ett tal.",
    ):
        assert problem in page, problem
    assert "Spara allt" not in page
    client.post(reverse("exchange:staged_save", args=[StagedFile.objects.get().pk]))
    assert not Outcome.objects.exists()


def test_an_owner_reports_only_the_measures_they_own(
    world: World, followup_world: FollowupWorld, login: Any
) -> None:
    client = login(world.owner)
    page = _page(
        client, _upload(client, HEADER + "HSN;DÅ04 2022;1;72;;;\r\nHSN;DÅ04 2022;2;5;;;\r\n")
    )
    assert (
        "Rad 2, Mått: du rapporterar inte 1 Andel patienter som fått frågan om våld för "
        "Hälso- och sjukvårdsnämnden" in page
    )
    assert "Rad 3" not in page
    for name in ("reader", "auditor"):
        assert (
            login(world.persona(name)).get(reverse("exchange:upload", args=["utfall"])).status_code
            == 403
        )


def test_a_replaced_outcome_is_shown_and_a_change_after_the_preview_refuses_the_save(
    world: World, followup_world: FollowupWorld, login: Any
) -> None:
    indicator = followup_world.indicators[0]
    unit = world.committee
    record_outcomes(
        world.admin, followup_world.period, unit, [OutcomeRow(indicator=indicator, total="60")]
    )
    client = login(world.controller)
    page = _page(client, _upload(client, HEADER + "HSN;DÅ04 2022;1;72;;;\r\n"))
    assert "1 av dem ersätter ett utfall som redan är sparat" in page
    # Someone saves the same outcome after the preview: the file's save changes nothing.
    current = Outcome.objects.get()
    record_outcomes(
        world.admin,
        followup_world.period,
        unit,
        [OutcomeRow(indicator=indicator, total="65", version=current.version)],
    )
    refused = _save(client, page)
    assert refused.status_code == 200
    assert "har ändrats sedan du granskade filen" in refused.content.decode()
    assert Outcome.objects.get().total == 65
    # Checked again, the file replaces 65 with 72.
    staged = StagedFile.objects.get()
    page = client.get(reverse("exchange:staged", args=[staged.pk])).content.decode()
    assert _save(client, page).status_code == 302
    assert Outcome.objects.get().total == 72


def test_each_import_marks_the_section_of_the_menu_it_belongs_to(
    world: World, followup_world: FollowupWorld, login: Any
) -> None:
    client = login(world.controller)
    for slug, section in (
        ("utfall", "Uppföljning"),
        ("huvudbok", "Budget och utfall"),
    ):
        page = client.get(reverse("exchange:upload", args=[slug])).content.decode()
        current = re.findall(r'aria-current="page">([^<]+)</a>', page)
        assert current == [section], slug
