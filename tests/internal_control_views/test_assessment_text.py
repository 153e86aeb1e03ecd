"""An assessment is written in the words of the plan's matrix: labels where the matrix has
them, the numbers and their product where its scales are given by numbers only."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from internal_control.models import MatrixLevel
from internal_control.services.matrices import create_matrix, matrix_spec
from internal_control.templatetags.internal_control_tags import assessment_text, level_label
from tests.conftest import World
from tests.internal_control_views.conftest import HSN_MATRIX, ControlWorld

NUMBERS_ONLY: dict[str, Any] = HSN_MATRIX | {
    "name": "Siffermatris",
    "severity_name": "Konsekvens",
    "probability": [{"value": v} for v in (1, 2, 3, 4)],
    "severity": [{"value": v} for v in (1, 2, 3, 4)],
}


def test_labels_where_the_matrix_has_them(world: World) -> None:
    spec = matrix_spec(create_matrix(world.region, HSN_MATRIX))
    assessment = {"probability": 3, "severity": 3, "score": 9}
    assert assessment_text(spec, assessment) == "Allvarlighetsgrad Betydande, Sannolikhet Stor"


def test_numbers_and_their_product_where_the_scales_have_no_labels(world: World) -> None:
    matrix = create_matrix(world.region, NUMBERS_ONLY)
    assert set(MatrixLevel.objects.filter(matrix=matrix).values_list("label", flat=True)) == {""}
    spec = matrix_spec(matrix)
    assessment = {"probability": 4, "severity": 4, "score": 16}
    assert assessment_text(spec, assessment) == "Sannolikhet 4 × Konsekvens 4 = 16"
    assert level_label(spec, "severity", 3) == "3"


def test_the_register_offers_the_classes_of_the_person_s_matrices(
    world: World, control_world: ControlWorld, login
) -> None:  # type: ignore[no-untyped-def]
    classes = [
        {"code": "Låg", "response": "Följs", "min_score": 1, "max_score": 8},
        {"code": "Hög", "response": "Åtgärdas", "min_score": 9, "max_score": 16},
    ]
    create_matrix(world.other_region, NUMBERS_ONLY | {"classes": classes})
    html = login(world.outsider).get(reverse("internal_control:register")).content.decode()
    assert "<option>Låg</option><option>Hög</option>" in html
    assert "<option>R1</option>" not in html
    html = login(world.reader).get(reverse("internal_control:register")).content.decode()
    assert "<option>R1</option><option>R2</option><option>R3</option><option>R4</option>" in html
