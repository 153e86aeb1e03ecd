"""Journey 1's "drops two risks": Karin removes one risk from the draft and ends another
with its reason, ends a control activity and performs it again, on a phone, with axe-core
on every page."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from internal_control.models import ControlActivity, Risk
from tests.browser.conftest import assert_accessible, assert_fits
from tests.conftest import World
from tests.internal_control_views.conftest import ControlWorld

pytestmark = pytest.mark.django_db(transaction=True)


def _checked(page: Page) -> None:
    assert_accessible(page)
    assert_fits(page)


def test_a_draft_drops_a_risk_ends_another_and_ends_a_control(
    log_in: Any, live_server: Any, world: World, control_world: ControlWorld
) -> None:
    page: Page = log_in("karin")
    page.set_viewport_size({"width": 390, "height": 844})
    plan = control_world.plan
    removed, ended = control_world.risks[2], control_world.risks[1]

    page.goto(f"{live_server.url}/internkontroll/risk/{removed.pk}/")
    page.get_by_role("link", name="Ta bort ur utkastet").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Ta bort risk 3")
    _checked(page)
    page.get_by_role("button", name="Ta bort risken").click()  # not confirmed: refused
    expect(page.get_by_role("alert")).to_be_visible()
    _checked(page)
    page.get_by_label("Ja, ta bort risken ur utkastet").check()
    page.get_by_label("Varför (sparas i historiken)").fill("Ingår i regionstyrelsens plan.")
    page.get_by_role("button", name="Ta bort risken").click()
    expect(page.get_by_role("status")).to_contain_text("Risk 3 togs bort ur utkastet.")
    assert not Risk.objects.filter(pk=removed.pk).exists()
    _checked(page)

    page.goto(f"{live_server.url}/internkontroll/risk/{ended.pk}/")
    page.get_by_role("link", name="Avsluta risken").click()
    _checked(page)
    page.get_by_label("Avslutad").fill("2025-06-01")
    page.get_by_label("Varför risken inte längre gäller").fill("Hygienrutinen följs nu.")
    page.get_by_role("button", name="Avsluta risken").click()
    expect(page.get_by_role("status")).to_contain_text("Risk 2 avslutades.")
    expect(page.get_by_role("note")).to_contain_text("Avslutad 2025-06-01: Hygienrutinen följs nu.")
    _checked(page)
    page.get_by_role("link", name="Ta upp risken igen").click()
    _checked(page)

    control = ControlActivity.objects.get(plan=plan)
    page.goto(f"{live_server.url}/internkontroll/kontrollmoment/{control.pk}/avsluta/")
    _checked(page)
    page.get_by_label("Avslutad").fill("2025-06-01")
    page.get_by_label("Varför kontrollmomentet inte längre utförs").fill(
        "Ersätts av en automatisk kontroll."
    )
    page.get_by_role("button", name="Avsluta kontrollmomentet").click()
    expect(page.get_by_role("status")).to_contain_text("Kontrollmoment K1 avslutades.")
    expect(page.locator("section[aria-labelledby=controls-heading]")).to_contain_text(
        "Avslutad 2025-06-01: Ersätts av en automatisk kontroll."
    )
    _checked(page)
