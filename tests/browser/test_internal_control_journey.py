"""Karin builds and adopts the plan; Anders reports in August; the register and heat map.

Every page visited is checked with axe-core.
"""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import assert_accessible
from tests.conftest import World
from tests.internal_control_views.conftest import ControlWorld

pytestmark = pytest.mark.django_db(transaction=True)


def test_controller_fixes_warnings_and_adopts(
    log_in, live_server: Any, world: World, control_world: ControlWorld
) -> None:  # type: ignore[no-untyped-def]
    page: Page = log_in("karin")
    page.get_by_role("navigation", name="Huvudmeny").get_by_role(
        "link", name="Intern kontroll"
    ).click()
    assert_accessible(page)
    page.get_by_role("link", name=control_world.plan.title).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(control_world.plan.title)
    assert_accessible(page)
    expect(page.locator(".warnings")).to_contain_text("Risk 3 saknar hantering")
    page.locator(".warnings").get_by_role("link", name="Risk 3 saknar hantering").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Risk 3")
    assert_accessible(page)
    page.get_by_role("link", name="Ändra", exact=True).click()
    assert_accessible(page)
    page.get_by_label("Hantering").select_option("accept")
    page.get_by_label("Ansvarig roll").fill("Hälso- och sjukvårdsdirektör")
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("status")).to_contain_text("Risken sparades")

    # Reassess risk 3 upwards to R4 without an action: refused, naming the field.
    page.get_by_role("link", name="Bedöm", exact=True).click()
    assert_accessible(page)
    page.get_by_label("Sannolikhet").select_option("4")
    page.get_by_label("Allvarlighetsgrad").select_option("4")
    page.get_by_label("Motivering").fill("Resursbristen har förvärrats.")
    page.get_by_role("button", name="Spara bedömningen").click()
    expect(page.get_by_role("alert")).to_contain_text("kräver en åtgärd")
    assert_accessible(page)

    # The plan is adopted on 16 December, § 212.
    page.goto(f"{live_server.url}/internkontroll/plan/{control_world.plan.pk}/anta/")
    assert_accessible(page)
    page.get_by_label("Antagen den").fill("2024-12-16")
    page.get_by_label("Beslutsparagraf").fill("§ 212")
    page.get_by_role("button", name="Registrera antagandet").click()
    expect(page.get_by_role("status")).to_contain_text("Antagandet registrerades")
    page.get_by_role("link", name="Visa planen exakt som den antogs").click()
    expect(page.get_by_text("Planen som den antogs 2024-12-16.")).to_be_visible()
    assert_accessible(page)


def test_owner_reports_in_august(
    log_in, live_server: Any, world: World, control_world: ControlWorld
) -> None:  # type: ignore[no-untyped-def]
    page: Page = log_in("anders")
    page.get_by_role("link", name="Mina risker och åtgärder").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mina risker och åtgärder")
    assert_accessible(page)
    page.get_by_role("link", name="Rapportera åtgärd 1").click()
    assert_accessible(page)
    page.get_by_role("button", name="Spara rapporten").click()
    expect(page.get_by_role("alert")).to_contain_text("Kommentar")
    page.get_by_label("Status").select_option("in_progress")
    page.get_by_label("Kommentar").fill("Utbildningen är planerad till oktober.")
    page.get_by_role("button", name="Spara rapporten").click()
    expect(page.get_by_role("cell", name="Utbildningen är planerad till oktober.")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Mina risker och åtgärder").click()
    page.get_by_role("link", name="Rapportera kontrollmoment 1").click()
    assert_accessible(page)
    page.get_by_label("Resultat").select_option("deviation")
    page.get_by_label("Vad som upptäcktes").fill("Två journaler saknade riskbedömning.")
    page.get_by_label("Vad som görs").fill("Påminnelse till enheterna.")
    page.get_by_role("button", name="Spara resultatet").click()
    expect(page.get_by_role("status")).to_contain_text("Kontrollresultatet sparades")

    page.get_by_role("link", name="Bedöm risk 1").click()
    page.get_by_label("Sannolikhet").select_option("2")
    page.get_by_label("Motivering").fill("Utbildningarna har gett effekt.")
    page.get_by_role("button", name="Spara bedömningen").click()
    expect(page.get_by_role("status")).to_contain_text("Bedömningen sparades")
    assert_accessible(page)


def test_register_heat_map_and_follow_up(
    log_in, live_server: Any, world: World, control_world: ControlWorld
) -> None:  # type: ignore[no-untyped-def]
    page: Page = log_in("karin")
    page.get_by_role("link", name="Riskregister").click()
    assert_accessible(page)
    page.get_by_label("Riskklass").select_option("R4")
    page.get_by_role("button", name="Visa").click()
    expect(page.get_by_role("table")).to_contain_text("basala hygienregler")
    expect(page.get_by_role("table")).not_to_contain_text("vårdskador")
    assert_accessible(page)
    page.goto(f"{live_server.url}/internkontroll/plan/{control_world.plan.pk}/riskkarta/")
    assert_accessible(page)
    page.get_by_role("row", name="Allvarlighetsgrad: 3 Betydande").get_by_role("link").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Riskregister")
    page.goto(f"{live_server.url}/internkontroll/plan/{control_world.plan.pk}/uppfoljning/")
    expect(page.get_by_role("table")).to_contain_text("Anders")
    assert_accessible(page)


def test_every_internal_control_form_is_accessible(
    log_in, live_server: Any, world: World, control_world: ControlWorld
) -> None:  # type: ignore[no-untyped-def]
    plan, risk = control_world.plan, control_world.risks[0]
    action = plan.actions.get()
    page: Page = log_in("admin")
    for path in [
        f"/internkontroll/matris/{control_world.matrix.pk}/",
        f"/internkontroll/matris/{control_world.matrix.pk}/ny-utgava/",
        f"/internkontroll/plan/{plan.pk}/kopiera/",
        f"/internkontroll/plan/{plan.pk}/ny-risk/",
        f"/internkontroll/plan/{plan.pk}/hamta-risk/",
        f"/internkontroll/plan/{plan.pk}/ny-atgard/",
        f"/internkontroll/plan/{plan.pk}/uppfoljning/ny/",
        f"/internkontroll/risk/{risk.pk}/kopplingar/",
        f"/internkontroll/atgard/{action.pk}/",
        f"/internkontroll/atgard/{action.pk}/andra/",
        f"/internkontroll/ny/{world.committee.pk}/",
        f"/historik/risk/{risk.pk}/",
    ]:
        page.goto(live_server.url + path)
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        assert_accessible(page)
