"""Every role against every page of the economy and the imports: 200, 403 or 404.

The outsider administers Region Norrbotten: its own organisation's lists and codes are
there for it (empty), everything of Jämtland Härjedalen answers 404. The list of routes is
read from the URL configuration, so a new route without a case here fails.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import get_resolver, reverse

from economy.models import (
    AccountMapping,
    BudgetAmount,
    CostCentreMapping,
    CostType,
    FrameChange,
    LedgerImport,
    PeriodisationProfile,
)
from economy.services.budget import create_frame_change
from exchange.models import StagedFile
from organisation.access import SYSTEM
from tests.conftest import PERSONAS, World
from tests.economy.conftest import LEDGER, EconomyWorld

OK, FOUND, FORBIDDEN, NOT_FOUND, NOT_ALLOWED = 200, 302, 403, 404, 405


@dataclass
class Objects:
    world: World
    economy: EconomyWorld
    change: FrameChange
    cost_centre: CostCentreMapping
    account: AccountMapping
    staged: StagedFile

    @property
    def frame_pk(self) -> int:
        return self.economy.frame.pk


@pytest.fixture
def objects(world: World, economy_world: EconomyWorld, client: Client) -> Objects:
    change = create_frame_change(SYSTEM, economy_world.frame, reason="SMS-livräddare")
    client.force_login(world.controller)
    client.post(
        reverse("exchange:upload", args=["huvudbok"]),
        {"file": SimpleUploadedFile("februari.csv", LEDGER.encode(), content_type="text/csv")},
    )
    client.logout()
    return Objects(
        world,
        economy_world,
        change,
        CostCentreMapping.objects.get(cost_centre="1100"),
        AccountMapping.objects.filter(region=world.region).first(),  # type: ignore[arg-type]
        StagedFile.objects.get(),
    )


def everyone(status: int = OK, outsider: int = OK) -> dict[str, int]:
    return dict.fromkeys(PERSONAS, status) | {"outsider": outsider}


def editors(status: int = OK, outsider: int = NOT_FOUND) -> dict[str, int]:
    return everyone(FORBIDDEN, outsider) | {"admin": status, "controller": status}


def keepers(status: int = OK) -> dict[str, int]:
    """The region's administrators and region-wide controllers (Karin is HSN's only)."""
    return everyone(FORBIDDEN, NOT_FOUND) | {"admin": status}


def importers() -> dict[str, int]:
    return editors(OK, outsider=OK)


def uploader(status: int) -> dict[str, int]:
    return everyone(NOT_FOUND, NOT_FOUND) | {"controller": status}


def _staff(o: Objects) -> int:
    return o.economy.cost_types["personalkostnader"].pk


PAGES: dict[str, tuple[Callable[[Objects], str], dict[str, int]]] = {
    "economy:frames": (lambda o: reverse("economy:frames"), everyone()),
    "economy:frame_create": (lambda o: reverse("economy:frame_create"), editors(outsider=OK)),
    "economy:budget": (
        lambda o: reverse("economy:budget", args=[o.frame_pk]),
        everyone(outsider=NOT_FOUND),
    ),
    "economy:frame_edit": (lambda o: reverse("economy:frame_edit", args=[o.frame_pk]), editors()),
    "economy:budget_row": (
        lambda o: reverse("economy:budget_row", args=[o.frame_pk, o.world.division.pk, "ram"]),
        editors(),
    ),
    "economy:change_create": (
        lambda o: reverse("economy:change_create", args=[o.frame_pk]),
        editors(),
    ),
    "economy:change_edit": (
        lambda o: reverse("economy:change_edit", args=[o.change.pk]),
        editors(),
    ),
    "economy:change_delete": (
        lambda o: reverse("economy:change_delete", args=[o.change.pk]),
        editors(),
    ),
    "economy:variance": (
        lambda o: reverse("economy:variance", args=[o.frame_pk]),
        everyone(outsider=NOT_FOUND),
    ),
    "economy:forecast": (
        lambda o: reverse("economy:forecast", args=[o.frame_pk, o.world.division.pk, _staff(o)]),
        editors(),
    ),
    "economy:cost_types": (lambda o: reverse("economy:cost_types"), everyone()),
    "economy:cost_type_preset": (
        lambda o: reverse("economy:cost_type_preset"),
        everyone(NOT_ALLOWED, NOT_ALLOWED),
    ),
    "economy:cost_type_edit": (
        lambda o: reverse("economy:cost_type_edit", args=[_staff(o)]),
        keepers(),
    ),
    "economy:cost_type_delete": (
        lambda o: reverse("economy:cost_type_delete", args=[_staff(o)]),
        keepers(),
    ),
    "economy:cost_centres": (lambda o: reverse("economy:cost_centres"), everyone()),
    "economy:cost_centre_edit": (
        lambda o: reverse("economy:cost_centre_edit", args=[o.cost_centre.pk]),
        editors(),
    ),
    "economy:cost_centre_delete": (
        lambda o: reverse("economy:cost_centre_delete", args=[o.cost_centre.pk]),
        editors(),
    ),
    "economy:accounts": (lambda o: reverse("economy:accounts"), everyone()),
    "economy:account_edit": (
        lambda o: reverse("economy:account_edit", args=[o.account.pk]),
        keepers(),
    ),
    "economy:account_delete": (
        lambda o: reverse("economy:account_delete", args=[o.account.pk]),
        keepers(),
    ),
    "economy:profile": (lambda o: reverse("economy:profile"), everyone()),
    "exchange:start": (lambda o: reverse("exchange:start"), importers()),
    "exchange:upload": (lambda o: reverse("exchange:upload", args=["huvudbok"]), importers()),
    "exchange:staged": (lambda o: reverse("exchange:staged", args=[o.staged.pk]), uploader(OK)),
    "exchange:staged_columns": (
        lambda o: reverse("exchange:staged_columns", args=[o.staged.pk]),
        uploader(FOUND),
    ),
    "exchange:staged_save": (
        lambda o: reverse("exchange:staged_save", args=[o.staged.pk]),
        uploader(FOUND),
    ),
}

CASES = [
    pytest.param(page, persona, status, id=f"{page}-{persona}")
    for page, (_url, expected) in PAGES.items()
    for persona, status in expected.items()
]


@pytest.mark.parametrize(("page", "persona", "status"), CASES)
def test_page_access(objects: Objects, login, page: str, persona: str, status: int) -> None:  # type: ignore[no-untyped-def]
    response = login(objects.world.persona(persona)).get(PAGES[page][0](objects))
    assert response.status_code == status


@pytest.mark.parametrize("page", list(PAGES))
def test_anonymous_is_sent_to_login(objects: Objects, client: Client, page: str) -> None:
    response = client.get(PAGES[page][0](objects))
    assert response.status_code == FOUND
    assert response.url.startswith(reverse("login"))


def test_every_route_of_the_economy_and_the_imports_has_cases() -> None:
    names = set()
    for namespace in ("economy", "exchange"):
        _prefix, resolver = get_resolver().namespace_dict[namespace]
        names |= {f"{namespace}:{name}" for name in resolver.reverse_dict if isinstance(name, str)}
    assert names == set(PAGES)


Write = tuple[
    Callable[[Objects], str],  # the address
    Callable[[Objects], dict[str, object]],  # what is posted
    Callable[[Objects], object] | None,  # whether Jämtland Härjedalen changed
    dict[str, int],  # the answer per persona
]
WRITES: dict[str, Write] = {
    "a budget row": (
        lambda o: reverse("economy:budget_row", args=[o.frame_pk, o.world.division.pk, "ram"]),
        lambda o: {f"amount_{c.pk}": "" for c in o.economy.cost_types.values()}
        | {f"version_{c.pk}": "0" for c in o.economy.cost_types.values()}
        | {f"amount_{_staff(o)}": "-5"},
        lambda o: BudgetAmount.objects.filter(amount=Decimal(-5)).exists(),
        editors(FOUND),
    ),
    "a frame change": (
        lambda o: reverse("economy:change_create", args=[o.frame_pk]),
        lambda o: {"reason": "Prostatacancerscreening", "amount": "3,1"},
        lambda o: FrameChange.objects.filter(reason="Prostatacancerscreening").exists(),
        editors(FOUND),
    ),
    "removing a frame change": (
        lambda o: reverse("economy:change_delete", args=[o.change.pk]),
        lambda o: {},
        lambda o: not FrameChange.objects.filter(pk=o.change.pk).exists(),
        editors(FOUND),
    ),
    "a cost type": (
        lambda o: reverse("economy:cost_types"),
        lambda o: {"code": "kopt", "name": "Köpt vård", "kind": "cost"},
        lambda o: CostType.objects.filter(code="kopt", region=o.world.region).exists(),
        keepers(FOUND) | {"controller": FORBIDDEN, "outsider": FOUND},
    ),
    "the preset": (
        lambda o: reverse("economy:cost_type_preset"),
        lambda o: {"preset": "rjh"},
        None,  # the region has the preset's cost types already: only who may is tested
        everyone(FORBIDDEN, FOUND) | {"admin": FOUND},
    ),
    "an account range": (
        lambda o: reverse("economy:accounts"),
        lambda o: {"first_account": "8000", "last_account": "8999", "cost_type": _staff(o)},
        lambda o: AccountMapping.objects.filter(first_account="8000").exists(),
        keepers(FOUND) | {"controller": FORBIDDEN, "outsider": OK},
    ),
    "the periodisation": (
        lambda o: reverse("economy:profile"),
        lambda o: {f"weight_{m}": "1" for m in range(1, 13)} | {"version": "0", "description": "x"},
        lambda o: PeriodisationProfile.objects.filter(region=o.world.region).exists(),
        keepers(FOUND) | {"controller": FORBIDDEN, "outsider": FOUND},
    ),
    "saving an uploaded file": (
        lambda o: reverse("exchange:staged_save", args=[o.staged.pk]),
        lambda o: {},
        lambda o: LedgerImport.objects.exists(),
        uploader(FOUND),
    ),
}

WRITE_CASES = [
    pytest.param(write, persona, status, id=f"{write}-{persona}")
    for write, (_u, _d, _c, expected) in WRITES.items()
    for persona, status in expected.items()
]


@pytest.mark.parametrize(("write", "persona", "status"), WRITE_CASES)
def test_writes_by_role(objects: Objects, login, write: str, persona: str, status: int) -> None:  # type: ignore[no-untyped-def]
    url, data, changed, _expected = WRITES[write]
    response = login(objects.world.persona(persona)).post(url(objects), data(objects))
    assert response.status_code == status
    if changed is None:
        return
    made = bool(changed(objects))
    if persona == "outsider":
        assert made is False  # never in Jämtland Härjedalen
    else:
        assert made is (status == FOUND)
