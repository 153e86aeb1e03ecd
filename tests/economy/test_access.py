"""Every economy page and form for every persona: 200, 403 or 404, and the login for the
anonymous. A measure's owner changes that measure, its calculations and its effects only."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.urls import reverse

from economy.models import Measure, RealisedEffect
from economy.services.effects import report_effect
from organisation.access import SYSTEM
from tests.conftest import World
from tests.economy.measures_world import MeasuresWorld

OK, FORBIDDEN, NOT_FOUND = 200, 403, 404
Url = Callable[[World, MeasuresWorld], str]

EVERYONE = dict(admin=OK, controller=OK, owner=OK, reader=OK, auditor=OK, outsider=OK)
READERS = dict(admin=OK, controller=OK, owner=OK, reader=OK, auditor=OK, outsider=NOT_FOUND)
OWNER_TOO = dict(
    admin=OK, controller=OK, owner=OK, reader=FORBIDDEN, auditor=FORBIDDEN, outsider=NOT_FOUND
)
EDITORS = dict(
    admin=OK,
    controller=OK,
    owner=FORBIDDEN,
    reader=FORBIDDEN,
    auditor=FORBIDDEN,
    outsider=NOT_FOUND,
)
HISTORY = dict(
    admin=OK, controller=OK, owner=FORBIDDEN, reader=FORBIDDEN, auditor=OK, outsider=NOT_FOUND
)


def _effect(e: MeasuresWorld) -> RealisedEffect:
    return RealisedEffect.objects.get(measure=e.hired_staff)


PAGES: dict[str, tuple[Url, dict[str, int]]] = {
    "measures": (lambda w, e: reverse("economy:measures"), EVERYONE),
    "balance": (lambda w, e: reverse("economy:balance", args=[w.committee.pk]), READERS),
    "balance of a division": (
        lambda w, e: reverse("economy:balance", args=[w.division.pk]),
        READERS,
    ),
    "measure": (lambda w, e: reverse("economy:measure", args=[e.hired_staff.pk]), READERS),
    "measure create": (
        lambda w, e: reverse("economy:measure_create", args=[w.committee.pk]),
        EDITORS,
    ),
    "measure edit (own)": (
        lambda w, e: reverse("economy:measure_edit", args=[e.hired_staff.pk]),
        OWNER_TOO,
    ),
    "measure edit (another's)": (
        lambda w, e: reverse("economy:measure_edit", args=[e.drug_doses.pk]),
        EDITORS,
    ),
    "measure links": (
        lambda w, e: reverse("economy:measure_links", args=[e.hired_staff.pk]),
        OWNER_TOO,
    ),
    "calculation create": (
        lambda w, e: reverse("economy:calculation_create", args=[e.hired_staff.pk]),
        OWNER_TOO,
    ),
    "calculation create (another's)": (
        lambda w, e: reverse("economy:calculation_create", args=[e.drug_doses.pk]),
        EDITORS,
    ),
    "calculation edit": (
        lambda w, e: reverse("economy:calculation_edit", args=[e.staff_calculation.pk]),
        OWNER_TOO,
    ),
    "effect create": (
        lambda w, e: reverse("economy:effect_create", args=[e.hired_staff.pk]),
        OWNER_TOO,
    ),
    "effect edit": (lambda w, e: reverse("economy:effect_edit", args=[_effect(e).pk]), OWNER_TOO),
    "programme create": (
        lambda w, e: reverse("economy:programme_create", args=[w.committee.pk]),
        EDITORS,
    ),
    "programme edit": (
        lambda w, e: reverse("economy:programme_edit", args=[e.programme.pk]),
        EDITORS,
    ),
    "measure history": (
        lambda w, e: reverse("history:object", args=["measure", e.hired_staff.pk]),
        HISTORY,
    ),
    "calculation history": (
        lambda w, e: reverse("history:object", args=["calculation", e.staff_calculation.pk]),
        HISTORY,
    ),
}

CASES = [
    pytest.param(page, persona, status, id=f"{page}-{persona}")
    for page, (_url, expected) in PAGES.items()
    for persona, status in expected.items()
]


@pytest.fixture
def effect(measures_world: MeasuresWorld) -> RealisedEffect:
    return report_effect(
        SYSTEM, measures_world.hired_staff, year=2025, month=1, amount=1, comment="Underlag"
    )


@pytest.mark.parametrize(("page", "persona", "status"), CASES)
def test_page_access(  # type: ignore[no-untyped-def]
    world: World, measures_world: MeasuresWorld, effect, login, page: str, persona: str, status: int
) -> None:
    url = PAGES[page][0](world, measures_world)
    assert login(world.persona(persona)).get(url).status_code == status


@pytest.mark.parametrize("page", list(PAGES))
def test_anonymous_is_sent_to_login(  # type: ignore[no-untyped-def]
    world: World, measures_world: MeasuresWorld, effect, client, page: str
) -> None:
    response = client.get(PAGES[page][0](world, measures_world))
    assert response.status_code == 302 and response.url.startswith(reverse("login"))


@pytest.mark.parametrize("persona", ["reader", "auditor", "outsider"])
def test_refused_writes_change_nothing(  # type: ignore[no-untyped-def]
    world: World, measures_world: MeasuresWorld, login, persona: str
) -> None:
    measure = measures_world.hired_staff
    client = login(world.persona(persona))
    posted = client.post(
        reverse("economy:effect_create", args=[measure.pk]),
        {"year": "2025", "month": "2", "amount": "1000", "comment": "x"},
    )
    assert posted.status_code in (403, 404)
    edited = client.post(
        reverse("economy:measure_edit", args=[measure.pk]),
        {
            "number": "1",
            "title": "Annat",
            "first_year": "2025",
            "last_year": "2025",
            "version": "1",
        },
    )
    assert edited.status_code in (403, 404)
    assert not RealisedEffect.objects.exists()
    assert Measure.objects.get(pk=measure.pk).title == "Minskad hyrbemanning"


def test_the_outsider_sees_no_measure_of_the_other_region(  # type: ignore[no-untyped-def]
    world: World, measures_world: MeasuresWorld, login
) -> None:
    html = login(world.outsider).get(reverse("economy:measures")).content.decode()
    assert "Minskad hyrbemanning" not in html
    assert "Inga åtgärder för ekonomi i balans än." in html


def test_a_unit_above_ones_own_is_no_readable_balance(  # type: ignore[no-untyped-def]
    world: World, measures_world: MeasuresWorld, login
) -> None:
    url = reverse("economy:balance", args=[world.council.pk])
    assert login(world.reader).get(url).status_code == 404
