"""A region's administrator makes a risk matrix on pages, from a preset or from nothing,
and then a control plan on it: Region Norrbotten, which has no matrix, can plan."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from internal_control.models import ControlPlan, RiskMatrix
from internal_control.services.matrices import class_for
from tests.conftest import World
from tests.page_text import page_text

CLASSES = [
    ("L", "Acceptera", "#d9f2dc", 1, 4),
    ("M", "Följ upp", "#fff4b3", 5, 9),
    ("H", "Åtgärda", "#ffd6a8", 10, 16),
    ("MH", "Åtgärda omedelbart", "#ffc2c2", 17, 25),
]


@pytest.fixture(autouse=True)
def swedish():  # type: ignore[no-untyped-def]
    with translation.override("sv"):
        yield


def _define_url(**start: Any) -> str:
    return reverse("internal_control:matrix_define") + "?" + urlencode(start)


def _blank_five_by_five(classes: list[tuple[str, str, str, int, int]] = CLASSES) -> dict[str, Any]:
    data: dict[str, Any] = {
        "name": "Kommunens riskmatris",
        "description": "",
        "probability_name": "Sannolikhet",
        "severity_name": "Konsekvens",
    }
    for axis in ("probability", "severity"):
        for value in range(1, 6):
            data[f"{axis}_{value}_label"] = f"Nivå {value}"
            data[f"{axis}_{value}_description"] = ""
    for number, (code, response, colour, low, high) in enumerate(classes, start=1):
        data |= {
            f"class_{number}_code": code,
            f"class_{number}_response": response,
            f"class_{number}_colour": colour,
            f"class_{number}_min": low,
            f"class_{number}_max": high,
        }
        if number >= 3:
            data[f"class_{number}_requires_action"] = "on"
    return data


def test_norrbotten_makes_a_five_by_five_and_then_a_plan_on_it(world: World, login) -> None:  # type: ignore[no-untyped-def]
    client: Client = login(world.outsider)
    start = client.get(reverse("internal_control:matrix_create"))
    assert start.status_code == 200
    assert "HSN riskmatris (4 × 4)" in page_text(start)
    # Before the matrix: the plan form says why there is nothing to choose and where to go.
    plan_form = client.get(reverse("internal_control:plan_create", args=[world.other_region.pk]))
    assert "Din region har ingen riskmatris ännu" in page_text(plan_form)
    assert reverse("internal_control:matrix_create") in plan_form.content.decode()

    chosen = client.get(
        reverse("internal_control:matrix_create"),
        {"fran": "egen", "sannolikhet": 5, "konsekvens": 5, "klasser": 4, "regel": "product"},
    )
    assert chosen.status_code == 302
    url = chosen["Location"]
    page = client.get(url)
    assert page.status_code == 200
    text = page_text(page)
    assert "Klass 1 (lägst)" in text and "Klass 4 (högst)" in text
    saved = client.post(url, _blank_five_by_five())
    assert saved.status_code == 302, page_text(saved)
    matrix = RiskMatrix.objects.get(unit=world.other_region, name="Kommunens riskmatris")
    assert [c.code for c in matrix.classes.order_by("rank")] == ["L", "M", "H", "MH"]
    assert matrix.levels.count() == 10
    assert class_for(matrix, 4, 5)[1].code == "MH"
    assert class_for(matrix, 2, 2)[1].code == "L"
    assert [c.requires_action for c in matrix.classes.order_by("rank")] == [
        False,
        False,
        True,
        True,
    ]

    created = client.post(
        reverse("internal_control:plan_create", args=[world.other_region.pk]),
        {"title": "Internkontrollplan 2027", "year": 2027, "case_number": "", "matrix": matrix.pk},
    )
    assert created.status_code == 302
    plan = ControlPlan.objects.get(unit=world.other_region, year=2027)
    assert plan.matrix == matrix
    # The other region neither sees nor uses it.
    assert login(world.admin).get(matrix.get_absolute_url()).status_code == 404


def test_a_preset_starts_with_its_words_and_can_be_renamed(world: World, login) -> None:  # type: ignore[no-untyped-def]
    client: Client = login(world.outsider)
    url = _define_url(fran="hsn")
    page = client.get(url)
    assert 'value="Mycket stor"' in page.content.decode()
    assert 'value="Åtgärdas omedelbart"' in page.content.decode()
    form = page.context["form"]
    data = {k: v for k, v in form.initial.items() if v is not None}
    data["name"] = "Norrbottens matris"
    data = {k: ("on" if v is True else v) for k, v in data.items() if v is not False}
    assert client.post(url, data).status_code == 302
    matrix = RiskMatrix.objects.get(unit=world.other_region, name="Norrbottens matris")
    assert [c.code for c in matrix.classes.order_by("rank")] == ["R1", "R2", "R3", "R4"]


def test_a_matrix_with_a_class_for_each_cell(world: World, login) -> None:  # type: ignore[no-untyped-def]
    client: Client = login(world.outsider)
    url = _define_url(fran="egen", sannolikhet=3, konsekvens=3, klasser=3, regel="table")
    page = client.get(url)
    data = {k: v for k, v in page.context["form"].initial.items() if v not in (None, False)}
    data |= {
        "name": "Processmatris",
        "probability_name": "Sannolikhet",
        "severity_name": "Konsekvens",
        "class_1_code": "Grön",
        "class_1_response": "Ingen åtgärd",
        "class_2_code": "Gul",
        "class_2_response": "Bevaka",
        "class_3_code": "Röd",
        "class_3_response": "Åtgärda",
        "cell_1_3": "3",  # irregular: a small probability of the worst consequence is red
    }
    assert client.post(url, data).status_code == 302
    matrix = RiskMatrix.objects.get(name="Processmatris")
    assert matrix.scoring == "table"
    assert class_for(matrix, 1, 3)[1].code == "Röd"
    assert class_for(matrix, 1, 1)[1].code == "Grön"
    assert class_for(matrix, 3, 3)[1].code == "Röd"
    assert matrix.cells.count() == 9


def test_bad_definitions_name_the_class_and_save_nothing(world: World, login) -> None:  # type: ignore[no-untyped-def]
    client: Client = login(world.outsider)
    url = _define_url(fran="egen", sannolikhet=5, konsekvens=5, klasser=4, regel="product")
    dark = [*CLASSES[:3], ("MH", "Åtgärda omedelbart", "#b00020", 17, 25)]
    text = page_text(client.post(url, _blank_five_by_five(dark)))
    assert "Klass MH: färgen #b00020 ger texten kontrasten" in text
    assert "Välj en ljusare färg" in text
    gapped = [*CLASSES[:2], ("H", "Åtgärda", "#ffd6a8", 10, 15), CLASSES[3]]
    text = page_text(client.post(url, _blank_five_by_five(gapped)))
    assert "ingen klass täcker poängen 16" in text  # 4 × 4
    twice = [*CLASSES[:3], ("H", "Åtgärda omedelbart", "#ffc2c2", 17, 25)]
    text = page_text(client.post(url, _blank_five_by_five(twice)))
    assert "Klass H: två klasser har denna kod." in text
    overlapping = [*CLASSES[:2], ("H", "Åtgärda", "#ffd6a8", 8, 16), CLASSES[3]]
    text = page_text(client.post(url, _blank_five_by_five(overlapping)))
    assert "poängen 8 hamnar i flera klasser: M, H" in text
    assert not RiskMatrix.objects.filter(unit=world.other_region).exists()


def test_a_name_the_region_already_uses_is_refused(world: World, login) -> None:  # type: ignore[no-untyped-def]
    client: Client = login(world.outsider)
    url = _define_url(fran="egen", sannolikhet=5, konsekvens=5, klasser=4, regel="product")
    assert client.post(url, _blank_five_by_five()).status_code == 302
    text = page_text(client.post(url, _blank_five_by_five()))
    assert "Regionen har redan en matris som heter Kommunens riskmatris" in text
    assert RiskMatrix.objects.filter(unit=world.other_region).count() == 1


def test_the_start_asks_for_the_size_of_an_empty_matrix(world: World, login) -> None:  # type: ignore[no-untyped-def]
    client: Client = login(world.outsider)
    response = client.get(
        reverse("internal_control:matrix_create"), {"fran": "egen", "sannolikhet": 7}
    )
    assert response.status_code == 200
    text = page_text(response)
    assert "Ange antalet för en tom matris." in text
    assert "mindre än eller lika med 6" in text


@pytest.mark.parametrize("persona", ["controller", "owner", "reader", "auditor", "nobody"])
def test_only_administrators_make_matrices(world: World, login, persona: str) -> None:  # type: ignore[no-untyped-def]
    client: Client = login(world.persona(persona))
    assert client.get(reverse("internal_control:matrix_create")).status_code == 403
    url = _define_url(fran="egen", sannolikhet=5, konsekvens=5, klasser=4, regel="product")
    assert client.get(url).status_code == 403
    assert client.post(url, _blank_five_by_five()).status_code == 403
    assert not RiskMatrix.objects.filter(name="Kommunens riskmatris").exists()
    listing = client.get(reverse("internal_control:matrices"))
    assert reverse("internal_control:matrix_create") not in listing.content.decode()


def test_a_matrix_scored_by_the_sum(world: World, login) -> None:  # type: ignore[no-untyped-def]
    client: Client = login(world.outsider)
    url = _define_url(fran="egen", sannolikhet=5, konsekvens=5, klasser=3, regel="sum")
    page = client.get(url)
    assert "sannolikheten plus konsekvensen" in page.content.decode()
    data = {k: v for k, v in page.context["form"].initial.items() if v not in (None, False)}
    data |= {
        "name": "Summamatris",
        "probability_name": "Sannolikhet",
        "severity_name": "Konsekvens",
        "class_1_code": "Låg",
        "class_1_response": "Bevaka",
        "class_1_min": "1",
        "class_1_max": "4",
        "class_2_code": "Medel",
        "class_2_response": "Åtgärda",
        "class_2_min": "5",
        "class_2_max": "7",
        "class_3_code": "Hög",
        "class_3_response": "Åtgärda omedelbart",
        "class_3_min": "8",
        "class_3_max": "10",
    }
    assert client.post(url, data).status_code == 302
    matrix = RiskMatrix.objects.get(name="Summamatris")
    assert matrix.scoring == "sum"
    assert class_for(matrix, 1, 1) == (2, matrix.classes.get(code="Låg"))
    assert class_for(matrix, 2, 4)[0] == 6 and class_for(matrix, 2, 4)[1].code == "Medel"
    assert class_for(matrix, 5, 5) == (10, matrix.classes.get(code="Hög"))
    # 11 or more is no score of a 5 × 5 summed: bounds up to 10 cover it all.
    assert (
        "Sannolikhet + allvarlighetsgrad" in client.get(matrix.get_absolute_url()).content.decode()
    )
