"""Figures for the economy: Ekonomi i balans for a committee of 200 units with 8 cost types,
three years of monthly ledger outcomes and 1,000 measures, as the page is served."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from benchmarks import economy_region, timed
from economy.models import FinancialOutcome, RealisedEffect


def run(emit: Callable[..., None]) -> None:
    seconds, built = timed(economy_region.economy_region)
    emit(
        "economy.build_region",
        seconds,
        units=economy_region.UNITS,
        cost_types=economy_region.COST_TYPES,
        measures=len(built.measures),
        ledger_outcomes=FinancialOutcome.objects.count(),
        realised_effects=RealisedEffect.objects.count(),
    )
    client = Client()
    client.force_login(built.controller)
    pages = {
        "economy.balance_page": reverse("economy:balance", args=[built.committee.pk])
        + f"?ar={economy_region.YEAR}",
        "economy.measure_page": reverse("economy:measure", args=[built.measures[-1].pk]),
    }
    for name, url in pages.items():
        client.get(url)  # warm: templates compiled, translations loaded
        with CaptureQueriesContext(connection) as queries:
            seconds, response = timed(partial(client.get, url))
        assert response.status_code == 200, (name, response.status_code)
        emit(name, seconds, queries=len(queries.captured_queries), bytes=len(response.content))
