"""The organisation's reporting calendar: its own periods, names and dates, from which each
year of periods is made (a half-year "per 30 juni", a school year "2021/2022")."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse

from followup.calendar import PatternRow, periods_from_pattern
from followup.models import Period, PeriodPattern
from followup.services.calendar_pattern import add_period, load_preset, rows_of
from followup.services.periods import make_year
from tests.conftest import World

pytestmark = pytest.mark.django_db


def test_a_school_year_spans_two_years_and_is_named_by_both() -> None:
    rows = [
        PatternRow("year", 1, "{år}/{nästa år}", (8, 1), (6, 30), ends_next_year=True),
        PatternRow("half_year", 1, "ht {år}", (8, 1), (12, 31)),
    ]
    autumn, school_year = periods_from_pattern(rows, 2021)
    assert (autumn.name, autumn.ends_on) == ("ht 2021", datetime.date(2021, 12, 31))
    assert (school_year.name, school_year.starts_on, school_year.ends_on) == (
        "2021/2022",
        datetime.date(2021, 8, 1),
        datetime.date(2022, 6, 30),
    )
    # A day past a month's last is its last, in a leap year too.
    february = periods_from_pattern([PatternRow("month", 2, "feb", (2, 1), (2, 31))], 2024)
    assert february[0].ends_on == datetime.date(2024, 2, 29)


def test_a_year_is_made_from_the_organisations_own_calendar(world: World) -> None:
    load_preset(world.outsider, world.other_region, "halvar")
    periods = make_year(world.outsider, world.other_region, 2026)
    assert [(p.kind, p.name, p.ends_on) for p in periods] == [
        ("half_year", "per 30 juni", datetime.date(2026, 6, 30)),
        ("year", "per 31 december", datetime.date(2026, 12, 31)),
    ]
    # The organisation without a calendar of its own gets the standard months and tertials.
    _standard, own = rows_of(world.region)
    assert not own
    made = make_year(world.admin, world.region, 2026)
    assert [p.name for p in made if p.kind == "tertial"] == ["DÅ04", "DÅ08", "ÅR"]
    assert Period.objects.filter(unit=world.region, year=2026, kind="month").count() == 12


def test_the_calendar_refuses_what_is_no_period_and_keeps_to_its_keepers(world: World) -> None:
    values = {
        "kind": "tertial",
        "number": 1,
        "name": "T1",
        "starts_month": 5,
        "starts_day": 1,
        "ends_month": 4,
        "ends_day": 30,
    }
    with pytest.raises(ValidationError) as refusal:
        add_period(world.admin, world.region, **values)
    assert refusal.value.message_dict["ends_month"] == ["Perioden slutar innan den börjar."]
    add_period(world.admin, world.region, **(values | {"starts_month": 1}))
    with pytest.raises(ValidationError) as refusal:
        add_period(world.admin, world.region, **(values | {"starts_month": 1, "name": "T1b"}))
    assert refusal.value.message_dict["number"] == ["Kalendern har redan en tertial nummer 1."]
    with pytest.raises(PermissionDenied):
        add_period(world.controller, world.region, **(values | {"number": 2}))
    with pytest.raises(ValidationError):
        load_preset(world.admin, world.region, "manader-och-tertial")  # it has its own now


def test_the_page_starts_from_a_preset_and_shows_the_next_years_periods(
    world: World, client: Client
) -> None:
    client.force_login(world.outsider)
    url = reverse("followup:reporting_year")
    page = client.get(url).content.decode()
    assert "har inte bestämt sin kalender" in page
    client.post(reverse("followup:reporting_year_preset"), {"preset": "lasar"})
    assert PeriodPattern.objects.filter(region=world.other_region).count() == 2
    page = client.get(url).content.decode()
    year = datetime.date.today().year + 1
    assert f"{year}/{year + 1}: {year}-08-01 – {year + 1}-06-30" in page
    client.post(
        url,
        {
            "kind": "tertial",
            "number": "1",
            "name": "per 30 april",
            "starts_month": "1",
            "starts_day": "1",
            "ends_month": "4",
            "ends_day": "30",
        },
    )
    assert PeriodPattern.objects.filter(region=world.other_region).count() == 3
    pattern = PeriodPattern.objects.get(region=world.other_region, name="per 30 april")
    client.post(reverse("followup:reporting_year_remove", args=[pattern.pk]))
    assert not PeriodPattern.objects.filter(pk=pattern.pk).exists()
    # The first region's people read their own calendar only.
    client.force_login(world.reader)
    assert "ht " not in client.get(url).content.decode()
