"""What the main menu needs to mark the page a person is on."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from organisation.access import is_installation_administrator

# The economy's pages under "Ekonomi i balans"; its other pages are the budget and outcomes.
BALANCE_PAGES = frozenset(
    {
        "measures",
        "balance",
        "measure",
        "measure_create",
        "measure_edit",
        "measure_links",
        "programme_create",
        "programme_edit",
        "calculation_create",
        "calculation_edit",
        "effect_create",
        "effect_edit",
    }
)


def menu(request: HttpRequest) -> dict[str, Any]:
    # The installation's administrator reads no organisation: their menu is the installation's.
    return {
        "balance_pages": BALANCE_PAGES,
        "installation_menu": is_installation_administrator(getattr(request, "user", None)),
    }
