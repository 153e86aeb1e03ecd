"""Table words stay whole at every width, and no page with a table scrolls sideways.

The seeds' content at a desktop width, on a phone and at 200 % zoom: the operational plan
with its budget, the heat map, the follow-up status, a risk's history, the owner's list,
the worklist and a measure's page.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.core.management import call_command
from django.urls import reverse
from playwright.sync_api import Browser, Page

from followup.models import Period, PeriodStatus
from internal_control.models import ControlPlan, FollowUp, Risk
from organisation.models import Unit
from planning.models import Indicator
from tests.browser.conftest import assert_accessible
from tests.browser.test_narrow_screens import BROKEN_WORDS, DEMO_PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)

SCREENS = {"desktop": (1400, 900), "phone": (390, 844), "zoom200": (640, 450)}


def _log_in(browser: Browser, live_server: Any, screen: str, username: str) -> Page:
    width, height = SCREENS[screen]
    page = browser.new_context(
        viewport={"width": width, "height": height}, device_scale_factor=2, locale="sv-SE"
    ).new_page()
    page.goto(f"{live_server.url}/logga-in/")
    page.get_by_label("Användarnamn").fill(username)
    page.get_by_label("Lösenord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url(f"{live_server.url}/")
    return page


def test_table_words_stay_whole(browser: Browser, live_server: Any) -> None:
    call_command("load_demo", quiet_logins=True, verbosity=0)
    hsn = Unit.objects.get(short_name="HSN")
    division = Unit.objects.get(name="Division Länssjukvård 1")
    april = Period.objects.get(unit=division.parent.parent, year=2022, name="DÅ04")
    Period.objects.filter(pk=april.pk).update(status=PeriodStatus.OPEN)
    plan = ControlPlan.objects.get(unit=hsn, year=2025)
    risk = Risk.objects.filter(plan=plan).order_by("number").first()
    assert risk is not None and FollowUp.objects.filter(plan=plan).exists()
    measure = Indicator.objects.get(unit=division, name__startswith="Antal patienter som fått")
    pages = {
        "karin": [
            f"{reverse('planning:plan', args=[hsn.pk])}?ar=2023",
            reverse("internal_control:heat_map", args=[plan.pk]),
            reverse("internal_control:followup_status", args=[plan.pk]),
            reverse("history:object", args=["risk", risk.pk]),
        ],
        "anders": [reverse("internal_control:mine")],
        "lena": [
            f"{reverse('followup:worklist')}?period={april.pk}&enhet={division.pk}",
            reverse("followup:indicator", args=[measure.pk]),
        ],
    }
    problems = []
    for screen in SCREENS:
        for username, paths in pages.items():
            page = _log_in(browser, live_server, screen, username)
            for path in paths:
                response = page.goto(live_server.url + path)
                assert response is not None and response.status == 200, path
                assert page.locator("main table").count() > 0, path
                wide = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
                broken = page.evaluate(BROKEN_WORDS)
                if wide > 0 or broken:
                    problems.append(f"{screen} {path}: {wide}px sideways, broken {broken[:5]}")
                if screen == "phone":
                    assert_accessible(page)
            page.context.close()
    assert problems == []
