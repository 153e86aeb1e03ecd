"""A new matrix starts from a shipped preset or from an empty matrix of a chosen size whose
proposed score bands cover every score once and whose colours carry text."""

from __future__ import annotations

import pytest

from internal_control.colour_contrast import carries_text
from internal_control.matrix_start import blank_spec, preset, presets, score_bounds
from internal_control.scoring import ClassRule, MatrixRules, coverage_problems


def test_the_shipped_presets_are_offered_by_name_and_size() -> None:
    offered = {p.key: (p.name, p.size) for p in presets()}
    assert offered["hsn"] == ("HSN riskmatris", "4 × 4")
    assert offered["rs"] == ("RS riskmatris", "5 × 5")
    found = preset("rs")
    assert found is not None and len(found.spec["classes"]) == 4
    assert preset("nothing") is None


@pytest.mark.parametrize(("highest", "classes"), [(9, 3), (16, 4), (25, 5), (36, 6), (9, 6)])
def test_the_proposed_bands_cover_every_score_once(highest: int, classes: int) -> None:
    bands = score_bounds(highest, classes)
    covered = [s for low, high in bands for s in range(low, high + 1)]
    assert covered == list(range(1, highest + 1))
    assert all(low <= high for low, high in bands)


def test_a_blank_five_by_five_with_four_classes_is_complete_but_for_its_words() -> None:
    spec = blank_spec(5, 5, 4)
    assert [lv["value"] for lv in spec["probability"]] == [1, 2, 3, 4, 5]
    assert all(lv["label"] == "" for lv in spec["severity"])
    assert [c["code"] for c in spec["classes"]] == ["", "", "", ""]
    rules = MatrixRules(
        scoring="product",
        probability_values=(1, 2, 3, 4, 5),
        severity_values=(1, 2, 3, 4, 5),
        classes=tuple(
            ClassRule(str(n), n, c["min_score"], c["max_score"])
            for n, c in enumerate(spec["classes"], start=1)
        ),
    )
    assert coverage_problems(rules) == []
    assert all(carries_text(c["colour"]) for c in spec["classes"])
    assert len({c["colour"] for c in spec["classes"]}) == 4


@pytest.mark.parametrize(("p", "s", "k"), [(2, 4, 3), (7, 4, 3), (4, 4, 1), (4, 4, 7)])
def test_sizes_outside_three_to_six_and_two_to_six_classes_are_refused(
    p: int, s: int, k: int
) -> None:
    with pytest.raises(ValueError):
        blank_spec(p, s, k)
