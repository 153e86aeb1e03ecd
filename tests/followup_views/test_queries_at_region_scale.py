"""The scorecard, worklist and indicator pages cost the same number of queries for the demo
as for a region with 2,000 indicators followed monthly over three years, in total and for
women and men."""

from __future__ import annotations

from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from benchmarks import generated
from followup.models import Outcome, Period
from organisation.models import Unit, User
from planning.models import Frequency, Indicator

INDICATORS = 2000
YEARS = (2023, 2024, 2025)  # 36 months


def _grow(unit: Unit, region: Unit) -> list[Indicator]:
    indicators = generated.measures(unit, INDICATORS, frequency=Frequency.MONTH)
    generated.outcomes(indicators, generated.closed_months(region, YEARS), unit, seed=5)
    return indicators


def _queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context.captured_queries)


def test_pages_cost_the_same_for_the_demo_and_a_large_region(db: None, client: Client) -> None:
    call_command("load_demo", quiet_logins=True, verbosity=0)
    ll1 = Unit.objects.get(name="Division Länssjukvård 1")
    region = Unit.objects.get(pk=ll1.region_id)
    period = Period.objects.get(unit=region, year=2022, name="DÅ04")
    measure = Indicator.objects.filter(unit=ll1, outcomes__isnull=False).first()
    assert measure is not None
    client.force_login(User.objects.get(username="lena"))
    pages = {
        "scorecard": reverse("followup:scorecard") + f"?period={period.pk}&enhet={ll1.pk}",
        "worklist": reverse("followup:worklist") + f"?period={period.pk}&enhet={ll1.pk}",
        "indicator": reverse("followup:indicator", args=[measure.pk]),
    }
    demo = {name: _queries(client, url) for name, url in pages.items()}

    grown = _grow(ll1, region)
    assert Outcome.objects.filter(unit=ll1).count() >= INDICATORS * 36
    # The grown measure's own page now has 36 periods of outcomes for women, men and total.
    large = {name: _queries(client, url) for name, url in pages.items()}
    assert large == demo
    big_series = reverse("followup:indicator", args=[grown[0].pk])
    assert _queries(client, big_series) == demo["indicator"]
    html = client.get(pages["scorecard"]).content.decode()
    assert "Mått 1999" in html
