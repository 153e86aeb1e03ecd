"""Karin writes the plan's introduction in the browser: a list, emphasis, a link and a table,
previewed, refused with a link that leads nowhere, saved, moved and read on a phone; axe-core
on every page."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from chapters.models import Chapter
from tests.browser.conftest import assert_accessible, assert_fits
from tests.conftest import World

pytestmark = pytest.mark.django_db(transaction=True)

TEXT = (
    "Nämnden ska:\n\n"
    "- Ansvara för att verksamheten bedrivs *effektivt*\n"
    "- Ha vårdgivaransvaret\n\n"
    "Läs [regionplanen](https://www.regionjh.se/).\n\n"
    "| Område | Mål |\n|---|---|\n| Vård | **Hög** tillgänglighet |\n\n"
    "<script>alert('x')</script>"
)


def _checked(page: Page) -> None:
    assert_accessible(page)
    assert_fits(page)


def test_the_controller_writes_previews_and_orders_the_plans_chapters(
    log_in: Any, live_server: Any, world: World
) -> None:
    page: Page = log_in("karin")
    page.goto(f"{live_server.url}/verksamhetsplan/enhet/{world.committee.pk}/?ar=2023")
    expect(page.get_by_role("heading", name="Kapitel", exact=True)).to_be_visible()
    _checked(page)
    page.get_by_role("link", name="Läs och skriv kapitlen").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Kapitel: Verksamhetsplan 2023")
    _checked(page)
    page.get_by_role("link", name="Skriv ett kapitel här (före målen)").click()
    _checked(page)

    page.get_by_label("Rubrik", exact=True).fill("Uppgifter")
    page.get_by_label("Text", exact=True).fill(TEXT.replace("https://www.regionjh.se/", "/plan"))
    page.get_by_role("button", name="Spara", exact=True).click()
    expect(page.get_by_role("alert")).to_contain_text("Länken ”/plan” börjar inte med https://")
    assert not Chapter.objects.exists()
    _checked(page)

    page.get_by_label("Text", exact=True).fill(TEXT)
    page.get_by_role("button", name="Förhandsgranska").click()
    preview = page.locator(".chapter-preview")
    expect(preview.get_by_role("link", name="regionplanen")).to_have_attribute(
        "href", "https://www.regionjh.se/"
    )
    expect(preview.locator("em")).to_have_text("effektivt")
    expect(preview.get_by_role("cell", name="Hög tillgänglighet")).to_be_visible()
    expect(preview).to_contain_text("<script>alert('x')</script>")  # shown as typed
    assert not Chapter.objects.exists()
    _checked(page)
    page.get_by_role("button", name="Spara", exact=True).click()
    expect(page.get_by_role("status")).to_contain_text("Kapitlet sparades.")

    page.get_by_role("link", name="Skriv ett kapitel här (före målen)").click()
    page.get_by_label("Rubrik", exact=True).fill("Inledning")
    page.get_by_label("Text", exact=True).fill("Regionfullmäktige har pekat ut en riktning.")
    page.get_by_role("button", name="Spara", exact=True).click()
    page.get_by_role("button", name="Flytta upp Inledning").click()
    headings = page.locator("article.chapter h3")
    expect(headings).to_have_text(["Inledning", "Uppgifter"])
    assert list(Chapter.objects.order_by("order").values_list("heading", flat=True)) == [
        "Inledning",
        "Uppgifter",
    ]

    page.set_viewport_size({"width": 390, "height": 844})
    page.reload()
    expect(page.get_by_role("listitem").filter(has_text="Ha vårdgivaransvaret")).to_be_visible()
    _checked(page)
    page.get_by_role("link", name="Ta bort Inledning").click()
    _checked(page)
    page.get_by_role("button", name="Ta bort").click()
    expect(page.get_by_role("status")).to_contain_text("Kapitlet togs bort.")
    expect(headings).to_have_text(["Uppgifter"])
    _checked(page)
