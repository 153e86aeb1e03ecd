"""Pages shared by the whole region name only the objects the person may read."""

from __future__ import annotations

from collections.abc import Callable

from django.test import Client
from django.urls import reverse

from tests.permissions.world import PermWorld


def test_the_start_page_offers_the_history_export_to_those_who_may_export(
    perm_world: PermWorld, as_persona: Callable[[str], Client]
) -> None:
    export = reverse("audit:export")
    assert export in as_persona("auditor").get(reverse("home")).content.decode()
    assert export not in as_persona("reader").get(reverse("home")).content.decode()
