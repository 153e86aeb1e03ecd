"""Outcome to date against the periodised frame, the controller's forecast and the run rate."""

from __future__ import annotations

from decimal import Decimal

from django.urls import reverse

from economy.models import BudgetAmount, Forecast
from economy.services.ledger import record_ledger
from organisation.access import SYSTEM
from tests.conftest import World
from tests.economy.conftest import EconomyWorld


def _budget_and_outcomes(world: World, economy_world: EconomyWorld) -> None:
    staff = economy_world.cost_types["personalkostnader"]
    BudgetAmount.objects.create(
        frame=economy_world.frame,
        unit=world.division,
        cost_type=staff,
        kind="frame",
        amount=Decimal(-12),
    )  # −12 mkr a year: −1 000 tkr a month
    record_ledger(
        SYSTEM,
        world.region,
        file_name="jan-feb.csv",
        checksum="a" * 64,
        row_count=3,
        sums={
            (world.division.pk, staff.pk, 2025, 1): Decimal("-900000"),
            (world.area.pk, staff.pk, 2025, 1): Decimal("-200000"),  # Akutvård, under Medicin
            (world.division.pk, staff.pk, 2025, 2): Decimal("-1200000"),
        },
    )


def test_outcome_to_date_against_the_evenly_periodised_frame(
    world: World, economy_world: EconomyWorld, login
) -> None:  # type: ignore[no-untyped-def]
    _budget_and_outcomes(world, economy_world)
    client = login(world.reader)
    response = client.get(reverse("economy:variance", args=[economy_world.frame.pk]))
    html = response.content.decode()
    assert response.context["month"] == 2  # the last month read
    assert "Budgeten periodiseras jämnt" in html
    medicin = next(b for b in response.context["blocks"] if b.unit == world.division)
    staff = next(line for line in medicin.lines if line.label == "Personalkostnader")
    assert staff.values == {
        "outcome": "−2\u00a0300",
        "budget": "−2\u00a0000",
        "variance": "−300",
        "annual_budget": "−12\u00a0000",
        "forecast": "–",
        "run_rate": "−13\u00a0800",
        "forecast_variance": "–",
    }
    january = client.get(reverse("economy:variance", args=[economy_world.frame.pk]), {"manad": 1})
    medicin = next(b for b in january.context["blocks"] if b.unit == world.division)
    assert medicin.lines[2].values["outcome"] == "−1\u00a0100"


def test_a_profile_periodises_the_frame_by_its_weights(
    world: World, economy_world: EconomyWorld, login
) -> None:  # type: ignore[no-untyped-def]
    _budget_and_outcomes(world, economy_world)
    client = login(world.admin)
    weights = {f"weight_{m}": "10" for m in range(1, 13)} | {"weight_1": "20", "weight_7": "0"}
    response = client.post(
        reverse("economy:profile"), weights | {"version": "0", "description": "Mer i januari"}
    )
    assert response.status_code == 302
    response = client.get(reverse("economy:variance", args=[economy_world.frame.pk]), {"manad": 1})
    assert "Budgeten periodiseras efter organisationens profil" in response.content.decode()
    medicin = next(b for b in response.context["blocks"] if b.unit == world.division)
    # January carries 20 of 120: −2 000 tkr of −12 000.
    assert medicin.lines[2].values["budget"] == "−2\u00a0000"


def test_the_controller_forecasts_with_a_comment_and_a_version(
    world: World, economy_world: EconomyWorld, login
) -> None:  # type: ignore[no-untyped-def]
    _budget_and_outcomes(world, economy_world)
    staff = economy_world.cost_types["personalkostnader"]
    client = login(world.controller)
    url = reverse("economy:forecast", args=[economy_world.frame.pk, world.division.pk, staff.pk])
    response = client.post(
        url + "?manad=2",
        {"amount_tkr": "-13 100", "comment": "Hyrpersonal minskar från april.", "version": "0"},
    )
    assert response.status_code == 302
    forecast = Forecast.objects.get()
    assert (forecast.amount, forecast.made_in_month, forecast.made_by) == (
        Decimal("-13100000"),
        2,
        world.controller,
    )
    page = client.get(reverse("economy:variance", args=[economy_world.frame.pk]))
    medicin = next(b for b in page.context["blocks"] if b.unit == world.division)
    assert medicin.lines[2].values["forecast"] == "−13\u00a0100"
    assert medicin.lines[2].values["forecast_variance"] == "−1\u00a0100"
    assert "Hyrpersonal minskar från april." in page.content.decode()
    stale = client.post(url + "?manad=2", {"amount_tkr": "-13 000", "comment": "", "version": "0"})
    assert "Någon annan har sparat under tiden" in stale.content.decode()
    forecast.refresh_from_db()
    assert forecast.amount == Decimal("-13100000")


def test_a_reader_cannot_forecast(world: World, economy_world: EconomyWorld, login) -> None:  # type: ignore[no-untyped-def]
    staff = economy_world.cost_types["personalkostnader"]
    url = reverse("economy:forecast", args=[economy_world.frame.pk, world.division.pk, staff.pk])
    assert login(world.reader).get(url).status_code == 403
