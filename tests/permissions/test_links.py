"""Links never lead a person to a page they may not see.

For each persona, the main pages they reach are opened and every same-origin link on them
is followed: none may answer 403 or 404. Log-out, the API and the downloads that build
documents are left out.
"""

from __future__ import annotations

from collections.abc import Callable
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from django.test import Client
from django.urls import Resolver404, resolve, reverse

from tests.permissions.world import PermWorld

MAIN_PAGES: list[Callable[[PermWorld], str]] = [
    lambda w: reverse("home"),
    lambda w: reverse("organisation:tree"),
    lambda w: reverse("organisation:unit", args=[w.base.committee.pk]),
    lambda w: reverse("organisation:unit", args=[w.base.other_region.pk]),
    lambda w: reverse("organisation:people"),
    lambda w: reverse("organisation:person", args=[w.base.owner.pk]),
    lambda w: reverse("organisation:person", args=[w.board_controller.pk]),
    lambda w: reverse("internal_control:plans"),
    lambda w: reverse("internal_control:plan", args=[w.plan.pk]),
    lambda w: reverse("internal_control:risk", args=[w.risk.pk]),
    lambda w: reverse("internal_control:action", args=[w.action.pk]),
    lambda w: reverse("internal_control:register"),
    lambda w: reverse("internal_control:mine"),
    lambda w: reverse("internal_control:followup_status", args=[w.plan.pk]),
    lambda w: reverse("internal_control:matrix", args=[w.matrix.pk]),
    lambda w: reverse("followup:worklist"),
    lambda w: reverse("followup:grid", args=[w.period.pk, w.base.committee.pk]),
    lambda w: reverse("followup:scorecard"),
    lambda w: reverse("followup:indicator", args=[w.own_indicator.pk]),
    lambda w: reverse("followup:periods"),
    lambda w: reverse("planning:plan", args=[w.base.committee.pk]) + f"?ar={w.plan_year}",
    lambda w: reverse("audit:object", args=["plan", w.plan.pk]),
]

LEFT_OUT_NAMES = {"logout"}
DOCUMENT_SUFFIXES = ("_pdf", "_docx", "_xlsx")


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.hrefs.append(href)


def _same_origin_links(html: str) -> set[str]:
    parser = _Links()
    parser.feed(html)
    links = set()
    for href in parser.hrefs:
        parts = urlsplit(href)
        if parts.scheme or parts.netloc or not parts.path.startswith("/"):
            continue  # another site, mailto:, or an anchor on the page itself
        links.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    return links


def _followed(link: str) -> bool:
    path = urlsplit(link).path
    if path.startswith(("/api/", "/static/")):
        return False
    try:
        name = resolve(path).view_name
    except Resolver404:
        return True  # a link to nowhere is followed, and fails
    if name in LEFT_OUT_NAMES:
        return False
    return not (name.startswith("reports:") and name.endswith(DOCUMENT_SUFFIXES))


@pytest.mark.parametrize(
    "persona", ["admin", "controller", "owner", "reader", "auditor", "outsider"]
)
def test_no_link_leads_to_a_refusal(
    perm_world: PermWorld, as_persona: Callable[[str], Client], persona: str
) -> None:
    client = as_persona(persona)
    links: dict[str, str] = {}
    opened = 0
    for page in MAIN_PAGES:
        url = page(perm_world)
        response = client.get(url)
        if response.status_code != 200:
            continue  # not a page this person reaches
        opened += 1
        for link in _same_origin_links(response.content.decode()):
            links.setdefault(link, url)
    assert opened >= 5
    refused = {}
    for link, found_on in sorted(links.items()):
        if not _followed(link):
            continue
        status = client.get(link).status_code
        if status in (403, 404):
            refused[link] = (status, found_on)
    assert refused == {}
