"""Journey 6 from nothing: the installation's administrator makes a municipality with its
first administrator, who signs in on a phone and defines its tree, its matrix, its own risk
categories and its first plan, which prints as a PDF; axe-core on every page."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from followup.models import Period
from internal_control.models import ControlPlan, Risk
from organisation.models import Unit
from tests.browser.conftest import assert_accessible, assert_fits
from tests.conftest import World

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "Storsjon-kommun-2027"


def _sign_in(page: Page, live_server: Any, username: str, password: str) -> None:
    page.goto(f"{live_server.url}/logga-in/")
    page.get_by_label("Användarnamn").fill(username)
    page.get_by_label("Lösenord").fill(password)
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url(f"{live_server.url}/")


def _checked(page: Page) -> None:
    assert_accessible(page)
    assert_fits(page)


def test_a_municipality_is_defined_from_nothing_by_its_administrator(
    log_in: Any, live_server: Any, world: World, page: Page
) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    log_in("drift")
    expect(page.get_by_role("heading", name="Installationen")).to_be_visible()
    _checked(page)
    page.get_by_role("main").get_by_role("link", name="Organisationer").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Organisationer")
    expect(page.get_by_role("row", name="Region Norrbotten")).to_be_visible()
    _checked(page)
    page.get_by_role("link", name="Ny organisation").click()
    _checked(page)
    page.get_by_label("Organisationens namn").fill("Storsjö kommun")
    page.get_by_label("Kommun", exact=True).check()
    page.get_by_label("Administratörens användarnamn").fill("admin.storsjo")
    page.get_by_label("Förnamn").fill("Ida")
    page.get_by_label("Efternamn").fill("Holm")
    page.get_by_label("Lösenord").fill("kort")
    page.get_by_role("button", name="Skapa organisationen").click()
    expect(page.get_by_role("alert")).to_contain_text("Lösenord: Det här lösenordet är för kort")
    _checked(page)
    assert not Unit.objects.filter(name="Storsjö kommun").exists()
    page.get_by_label("Lösenord").fill(PASSWORD)
    page.get_by_role("button", name="Skapa organisationen").click()
    expect(page.get_by_role("status")).to_contain_text("Storsjö kommun skapades")
    expect(page.get_by_role("row", name="Storsjö kommun")).to_contain_text("Kommun")
    _checked(page)
    page.get_by_role("button", name="Logga ut").click()

    # Its administrator signs in and builds the tree: the municipal board under it.
    _sign_in(page, live_server, "admin.storsjo", PASSWORD)
    municipality = Unit.objects.get(name="Storsjö kommun")
    page.goto(f"{live_server.url}/organisation/enhet/{municipality.pk}/")
    _checked(page)
    page.get_by_role("link", name="Lägg till en enhet under denna").click()
    page.get_by_label("Namn", exact=True).fill("Kommunstyrelsen")
    page.get_by_label("Typ").select_option("board")
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("status")).to_contain_text("Kommunstyrelsen skapades")
    _checked(page)

    # Its matrix from a preset, and its own risk categories and heading.
    page.goto(f"{live_server.url}/internkontroll/matriser/ny/")
    page.get_by_label("Den förinställda RS riskmatris (5 × 5)").check()
    page.get_by_role("button", name="Fortsätt").click()
    page.get_by_label("Matrisens namn").fill("Storsjö kommuns riskmatris")
    page.get_by_role("button", name="Gör matrisen").click()
    expect(page.get_by_role("status")).to_contain_text("Storsjö kommuns riskmatris")
    _checked(page)
    page.goto(f"{live_server.url}/internkontroll/riskkategorier/")
    for code, name in (("JUR", "Juridisk risk"), ("IT", "IT-risk")):
        page.get_by_label("Kod").fill(code)
        page.get_by_label("Namn").fill(name)
        page.get_by_role("button", name="Lägg till", exact=True).click()
        expect(page.get_by_role("status")).to_contain_text("Riskkategorin lades till.")
    page.get_by_role("link", name="Ändra rubriken").click()
    _checked(page)
    page.get_by_label("Vad organisationen kallar sina riskkategorier").fill("Riskområde")
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_text("Rubrik i planerna: Riskområde")).to_be_visible()
    _checked(page)

    # Its reporting calendar: a half-year per 30 June and the year, its band of "partly met".
    page.goto(f"{live_server.url}/uppfoljning/perioder/kalender/")
    _checked(page)
    page.get_by_label("Börja från en förinställning").select_option(
        label="Halvår per 30 juni och helår per 31 december"
    )
    page.get_by_role("button", name="Använd förinställningens perioder").click()
    expect(page.get_by_role("status")).to_contain_text("2 perioder lades till i kalendern.")
    expect(page.get_by_role("main")).to_contain_text("per 30 juni: 2027-01-01 – 2027-06-30")
    _checked(page)
    page.goto(f"{live_server.url}/uppfoljning/perioder/")
    page.get_by_label("Skapa ett års perioder").fill("2027")
    page.get_by_role("button", name="Skapa", exact=True).click()
    expect(page.get_by_role("main")).to_contain_text("per 30 juni")
    _checked(page)
    assert sorted(
        Period.objects.filter(unit=municipality, year=2027).values_list("name", flat=True)
    ) == ["per 30 juni", "per 31 december"]
    page.goto(f"{live_server.url}/verksamhetsplan/bedomning/")
    page.get_by_label("Intervall för delvis uppfyllt, procent av målvärdet").fill("5")
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("main")).to_contain_text("Delvis uppfyllt: inom 5 % av målvärdet.")
    _checked(page)

    # The board's first plan, with a risk in one of the municipality's categories.
    board = Unit.objects.get(name="Kommunstyrelsen")
    page.goto(f"{live_server.url}/internkontroll/ny/{board.pk}/")
    page.get_by_label("Titel").fill("Kommunstyrelsens internkontrollplan 2027")
    page.get_by_label("År").fill("2027")
    page.get_by_label("Riskmatris").select_option(label="Storsjö kommuns riskmatris (1)")
    page.get_by_role("button", name="Skapa planen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Kommunstyrelsens internkontrollplan 2027"
    )
    _checked(page)
    page.get_by_role("link", name="Lägg till en risk").click()
    _checked(page)
    page.get_by_label("Risk", exact=True).fill("Upphandlingar görs utan att lagen följs")
    page.get_by_label("Riskområde").select_option("JUR")
    page.get_by_label("Hantering").select_option("reduce")
    page.get_by_label("Ansvarig roll").fill("Upphandlingschef")
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("status")).to_contain_text("Risk 1 lades till")
    expect(page.get_by_role("main")).to_contain_text("JUR – Juridisk risk")
    _checked(page)
    plan = ControlPlan.objects.get(unit=board)
    assert Risk.objects.get(plan=plan).requirement_type == "JUR"
    pdf = page.request.get(f"{live_server.url}/rapporter/internkontrollplan/{plan.pk}/pdf/")
    assert pdf.status == 200
    assert pdf.body().startswith(b"%PDF")

    # No one else reads it: the region's administrator finds no such plan.
    page.get_by_role("button", name="Logga ut").click()
    _sign_in(page, live_server, "admin", "correct-horse-battery")
    response = page.goto(f"{live_server.url}/internkontroll/plan/{plan.pk}/")
    assert response is not None and response.status == 404
