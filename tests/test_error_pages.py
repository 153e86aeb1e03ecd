"""With DEBUG off, Django serves styr's own error pages, in Swedish and in styr's layout."""

from __future__ import annotations

import pytest
from django.template.loader import render_to_string
from django.test import Client, RequestFactory, override_settings
from django.views.defaults import server_error

from tests.conftest import World

pytestmark = [pytest.mark.urls("tests.error_urls")]

LAYOUT = '<a class="skip-link" href="#main">Hoppa till innehållet</a>'


def _page(response) -> str:  # type: ignore[no-untyped-def]
    html = response.content.decode()
    assert '<html lang="sv">' in html
    assert LAYOUT in html
    assert 'href="/static/css/styr.css"' in html
    return html


@override_settings(DEBUG=False)
def test_not_found(world: World, login) -> None:  # type: ignore[no-untyped-def]
    response = login(world.reader).get("/finns-inte/")
    assert response.status_code == 404
    html = _page(response)
    assert "Sidan hittades inte" in html
    assert "Huvudmeny" in html  # the person is logged in: the menu is there


@override_settings(DEBUG=False)
def test_forbidden(world: World, login) -> None:  # type: ignore[no-untyped-def]
    response = login(world.reader).get("/prov/nekad/")
    assert response.status_code == 403
    assert "Du har inte behörighet att göra detta" in _page(response)


@override_settings(DEBUG=False)
def test_bad_request(world: World, login) -> None:  # type: ignore[no-untyped-def]
    response = login(world.reader).get("/prov/misstankt/")
    assert response.status_code == 400
    html = _page(response)
    assert "Förfrågan kunde inte förstås" in html
    assert "Bad Request" not in html


@override_settings(DEBUG=False)
def test_csrf_failure(world: World) -> None:
    client = Client(enforce_csrf_checks=True)
    response = client.post("/logga-in/", {"username": "per", "password": "fel"})
    assert response.status_code == 403
    html = _page(response)
    assert "Formuläret kunde inte skickas" in html
    assert "CSRF verification failed" not in html


@override_settings(DEBUG=False)
def test_server_error(world: World, login) -> None:  # type: ignore[no-untyped-def]
    client = login(world.reader)
    client.raise_request_exception = False
    response = client.get("/prov/fel/")
    assert response.status_code == 500
    html = _page(response)
    assert "Något gick fel" in html
    assert "Huvudmeny" not in html and "Logga ut" not in html
    assert "a fault in the code" not in html


def test_the_server_error_page_needs_no_request_and_no_database() -> None:
    # Not marked for the database: a query here would fail the test.
    html = render_to_string("500.html")
    assert "Något gick fel" in html and LAYOUT in html
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert "Något gick fel" in response.content.decode()
