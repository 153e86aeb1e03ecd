"""Every name in the demo data is the seed's own: nothing invented, cut or reworded.

The seeds are PDF text: words are hyphenated at line breaks, table cells are broken across
lines (also inside words, without a hyphen) and across pages, where a page header and the
other columns come between the two halves. So both sides are compared without whitespace
and hyphens, and a name may be found in two halves, the second not far after the first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings

from exchange.demo.files import read_yaml

DEMO = Path(settings.BASE_DIR) / "demo_data"
SEEDS = DEMO / "seeds"

# Names the demo adds that its seed does not print, each with why: (file, seeds, name).
NOT_IN_ITS_SEED = {
    # Region Norrbotten's board: seed 004 speaks of "regionstyrelse och nämnder" only.
    ("organisation.yaml", (4,), "Regionstyrelsen"),
    # The three parameters of the BUP target, which seed 002 describes in one sentence
    # ("Maximalt 30 dagar vardera till förstabesök, utredning respektive behandling").
    ("planning/hsn-2023.yaml", (2,), "Väntetid till förstabesök, BUP"),
    ("planning/hsn-2023.yaml", (2,), "Väntetid till utredning, BUP"),
    ("planning/hsn-2023.yaml", (2,), "Väntetid till behandling, BUP"),
}
# A half of a name broken across a page is at least this many words, and the second half
# follows the first within this many characters (a page header and the other columns).
HALF_WORDS = 3
GAP = 3000


@cache
def _seed(numbers: tuple[int, ...]) -> str:
    texts = [next(SEEDS.glob(f"{n:03d}_*.txt")).read_text(encoding="utf-8") for n in numbers]
    return _key("\n".join(texts))


def _key(text: str) -> str:
    """Lower case, list bullets gone, then every whitespace and hyphen gone."""
    text = re.sub(r"(?m)^\s*[-•]\s+", "", text).replace("\u00ad", "").lower()
    return re.sub(r"[\s-]+", "", text)


@cache
def _spaced_seed(numbers: tuple[int, ...]) -> str:
    texts = [next(SEEDS.glob(f"{n:03d}_*.txt")).read_text(encoding="utf-8") for n in numbers]
    return _spaced("\n".join(texts))


def _spaced(text: str) -> str:
    """Words joined where a hyphen breaks them at a line end, whitespace made one space."""
    return " ".join(re.sub(r"-[ \t]*\n\s*", "", text).split())


def found_in(name: str, seed: str) -> bool:
    if _key(name) in seed:
        return True
    words = name.split()
    for cut in range(HALF_WORDS, len(words) - HALF_WORDS + 1):
        first, second = _key(" ".join(words[:cut])), _key(" ".join(words[cut:]))
        for match in re.finditer(re.escape(first), seed):
            if second in seed[match.end() : match.end() + GAP]:
                return True
    return False


def _units(units: list[dict[str, Any]]) -> Iterator[str]:
    for unit in units:
        yield unit["name"]
        yield from _units(unit.get("units", []))


def _names() -> Iterator[tuple[str, tuple[int, ...], str, str]]:
    """(file, seeds it comes from, what, name) for every name of the demo data."""
    organisation = read_yaml(DEMO / "organisation.yaml")
    for region in organisation["regions"]:
        seeds = (4,) if region["name"] == "Region Norrbotten" else (0, 1, 2, 3)
        for name in [region["name"], *_units(region["units"])]:
            yield "organisation.yaml", seeds, "unit", name
    for file, seed in (("control_plans/hsn-2025.yaml", 0), ("control_plans/rs-2022.yaml", 1)):
        plan = read_yaml(DEMO / file)
        for area in plan["goal_areas"]:
            yield file, (seed,), "goal", area["title"]
            for assignment in area.get("assignments", []):
                yield file, (seed,), "assignment", assignment["text"]
        for risk in plan["risks"]:
            yield file, (seed,), "risk", risk["title"]
        for action in plan["actions"]:
            yield file, (seed,), "action", action["title"]
    file = "planning/hsn-2023.yaml"
    plan = read_yaml(DEMO / file)
    for strategy in plan["strategies"]:
        yield file, (2,), "perspective", strategy["name"]
        for goal in strategy["goals"]:
            yield file, (2,), "goal", goal["title"]
            for assignment in goal["assignments"]:
                yield file, (2,), "assignment", assignment["text"]
                for committee_goal in assignment["committee_goals"]:
                    yield file, (2,), "goal", committee_goal["title"]
                    if "name" in committee_goal:
                        yield file, (2,), "indicator", committee_goal["name"]
                    yield file, (2,), "target", committee_goal["target"]
                    for part in committee_goal.get("parts", []):
                        yield file, (2,), "indicator", part["name"]
                        yield file, (2,), "target", part["target"]
    file = "followup/ll1-2022.yaml"
    card = read_yaml(DEMO / file)
    for perspective in card["perspectives"]:
        yield file, (4,), "perspective", perspective["name"]
        for goal in perspective.get("strategic_goals", []):
            yield file, (4,), "goal", goal["title"]
            for factor in goal["success_factors"]:
                yield file, (4,), "success factor", factor["title"]
                for measure in factor["measures"]:
                    yield file, (4,), "measure", measure["name"]
                    yield file, (4,), "target", measure["target"]
    for extra in card.get("extra_success_factors", []):
        yield file, (4,), "success factor", extra["title"]
    for action in card["actions"]:
        yield file, (4,), "action", action["title"]


NAMES = list(_names())


def test_the_names_are_read() -> None:
    kinds = {kind for _file, _seeds, kind, _name in NAMES}
    assert kinds == {
        "unit",
        "perspective",
        "goal",
        "success factor",
        "measure",
        "indicator",
        "assignment",
        "risk",
        "action",
        "target",
    }
    assert len(NAMES) > 300


@pytest.mark.parametrize(
    ("file", "seeds", "kind", "name"), NAMES, ids=[f"{f}:{k}:{n[:40]}" for f, _s, k, n in NAMES]
)
def test_every_name_of_the_demo_is_in_its_seed(
    file: str, seeds: tuple[int, ...], kind: str, name: str
) -> None:
    if (file, seeds, name) in NOT_IN_ITS_SEED:
        assert not found_in(name, _seed(seeds)), f"{name!r} is in the seed: drop it from the list"
        return
    assert found_in(name, _seed(seeds)), f"{kind} {name!r} of {file} is not in seed {seeds}"
    if kind == "target":
        # A target is one cell: its exact words, spaces included.
        assert _spaced(name) in _spaced_seed(seeds), f"target {name!r} is not worded as printed"


def test_the_comparison_reads_through_the_pdf_layout() -> None:
    seed = _seed((0,))
    # Broken inside a word without hyphen ("Verksamhetsutvecklin / gen") and across a page.
    assert found_in(
        "Verksamhetsutvecklingen går långsamt eller stannar av på grund av brist på resurser "
        "eller prioritering",
        seed,
    )
    assert found_in(
        "Verka för att tandvården på lång sikt stärker sin roll som instans för hälsofrämjande "
        "insatser på individ- och samhällsnivå.",
        seed,
    )
    assert not found_in("Verka för att tandvården på kort sikt stärker sin roll", seed)
    assert not found_in("Samverkansprojekt mellan primärvård och barn", _seed((4,)))


# Seed 004's scorecard prints the first success factor shorter than the list of actions does.
PRINTED_AS = {
    "En god vård med hög tillgänglighet och kontinuitet": "En god vård med hög tillgänglighet"
}


def _measures_by_factor() -> list[tuple[str, str]]:
    card = read_yaml(DEMO / "followup" / "ll1-2022.yaml")
    return [
        (factor["title"], measure["name"])
        for perspective in card["perspectives"]
        for goal in perspective.get("strategic_goals", [])
        for factor in goal["success_factors"]
        for measure in factor["measures"]
    ]


@pytest.mark.parametrize(("factor", "measure"), _measures_by_factor(), ids=lambda t: t[:40])
def test_each_seed_004_measure_is_under_the_factor_the_seed_prints_it_under(
    factor: str, measure: str
) -> None:
    # In the scorecard's table the factor's cell comes right before its measure's cell.
    printed = PRINTED_AS.get(factor, factor)
    assert _key(f"{printed} {measure}") in _seed((4,)), f"{measure!r} is not under {factor!r}"
