"""Journey 3 from its start: Lena, controller of a division, finds on her start page that
the open tertial's measures have no outcome by the period's last day, follows the link to
the grid, enters them, and her start page has nothing more for her. On a 390 px phone,
axe-core and no sideways scroll on every page."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from followup.models import Outcome
from organisation.models import Role, RoleAssignment, User
from planning.models import Frequency, Indicator
from tests.browser.conftest import assert_accessible, assert_fits
from tests.conftest import PASSWORD, World
from tests.followup_views.conftest import FollowupWorld

pytestmark = pytest.mark.django_db(transaction=True)


def _checked(page: Page) -> None:
    assert_accessible(page)
    assert_fits(page)


def test_the_controller_goes_from_her_start_page_to_the_outcomes_due(
    page: Page, live_server: Any, world: World, followup_world: FollowupWorld
) -> None:
    division = world.division
    lena = User(username="lena.ll1", region=world.region, first_name="Lena", last_name="Ek")
    lena.set_password(PASSWORD)
    lena.save()
    RoleAssignment.objects.create(user=lena, unit=division, role=Role.CONTROLLER)
    for order, name in enumerate(["Väntande till BUP inom 30 dagar", "Fallskador"], start=1):
        Indicator.objects.create(
            unit=division,
            code=str(order),
            name=name,
            frequency=Frequency.TERTIAL,
            is_count=True,
            target_text="Minska",
            order=order,
        )
    period = followup_world.period
    period.report_by = datetime.date(2022, 5, 10)
    period.save(update_fields=["report_by"])

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/logga-in/")
    page.get_by_label("Användarnamn").fill("lena.ll1")
    page.get_by_label("Lösenord").fill(PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url(f"{live_server.url}/")
    due = page.locator(".due").filter(has_text=division.name)
    expect(due).to_contain_text("2 mätetal saknar utfall")
    expect(due).to_contain_text("10 maj 2022")
    _checked(page)

    due.get_by_role("link", name="Registrera utfallen: Utfall").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(division.name)
    _checked(page)
    page.get_by_label("Kvinnor, 1 Väntande till BUP inom 30 dagar").fill("150")
    page.get_by_label("Män, 1 Väntande till BUP inom 30 dagar").fill("122")
    page.get_by_label("Totalt, 1 Väntande till BUP inom 30 dagar").fill("272")
    page.get_by_label("Kvinnor, 2 Fallskador").fill("47")
    page.get_by_label("Män, 2 Fallskador").fill("43")
    page.get_by_label("Totalt, 2 Fallskador").fill("90")
    page.get_by_role("button", name="Spara alla").click()
    expect(page.locator(".messages")).to_contain_text("utfall sparades")
    assert Outcome.objects.filter(unit=division, period=period).count() == 2
    _checked(page)

    page.goto(f"{live_server.url}/")
    expect(page.locator(".due").filter(has_text=division.name)).to_have_count(0)
    _checked(page)
