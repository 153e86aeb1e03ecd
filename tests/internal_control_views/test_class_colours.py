"""Each risk class's own colour reaches the pages through the region's class stylesheet
(inline styles are not allowed), and the plan's PDF heat map is drawn in it."""

from __future__ import annotations

from django.urls import reverse

from internal_control.models import RiskClass
from internal_control.plan_document import build_plan_document
from internal_control.views.class_colours import class_colour_rules
from reports.heat_grid import heat_grid
from tests.conftest import World
from tests.internal_control_views.conftest import ControlWorld


def test_only_valid_colours_become_rules() -> None:
    rules = class_colour_rules([(1, "#d9f2dc"), (2, "red; } body { display: none"), (3, "#FFC2C2")])
    assert rules == (
        ".class-colour-1 { background-color: #d9f2dc; }\n"
        ".class-colour-3 { background-color: #FFC2C2; }\n"
    )


def test_the_stylesheet_holds_the_regions_classes_only(
    world: World, control_world: ControlWorld, login
) -> None:  # type: ignore[no-untyped-def]
    cls = RiskClass.objects.filter(matrix=control_world.plan.matrix).order_by("rank").last()
    assert cls is not None
    cls.colour = "#f2b8e6"
    cls.save()
    url = reverse("internal_control:class_colours")
    response = login(world.reader).get(url)
    assert response["Content-Type"] == "text/css"
    assert f".class-colour-{cls.pk} {{ background-color: #f2b8e6; }}" in response.content.decode()
    other = login(world.outsider).get(url).content.decode()
    assert f".class-colour-{cls.pk} " not in other
    heat = login(world.reader).get(
        reverse("internal_control:heat_map", args=[control_world.plan.pk])
    )
    html = heat.content.decode()
    assert url in html and f"class-colour-{cls.pk}" in html


def test_the_pdf_heat_map_cells_carry_their_class_colour(
    world: World, control_world: ControlWorld
) -> None:
    document = build_plan_document(control_world.plan)
    grid = heat_grid(document)
    colours = {c.code: c.colour for c in control_world.plan.matrix.classes.all()}
    cells = [cell for row in grid["rows"] for cell in row["cells"]]
    assert cells and all(cell["colour"] == colours[cell["class"]] for cell in cells)
