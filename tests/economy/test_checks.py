"""The checks of the measures: no calculation, a gap not covered, a closed month without a
realised effect for a decided or running measure."""

from __future__ import annotations

import datetime
from decimal import Decimal

from economy.checks import MeasureFacts, check_coverage, check_measure, closed_months


def _facts(**values: object) -> MeasureFacts:
    defaults: dict[str, object] = {
        "number": 1,
        "status": "",
        "first_year": 2025,
        "last_year": 2025,
        "has_calculation": True,
    }
    return MeasureFacts(**(defaults | values))  # type: ignore[arg-type]


def test_a_closed_month_is_a_closed_period_or_a_month_that_has_ended() -> None:
    today = datetime.date(2025, 3, 10)
    assert closed_months([2025], set(), today) == [(2025, 1), (2025, 2)]
    assert closed_months([2025], {(2025, 3)}, today) == [(2025, 1), (2025, 2), (2025, 3)]
    assert closed_months([2026], set(), today) == []


def test_a_measure_without_calculation() -> None:
    findings = check_measure(_facts(has_calculation=False), [])
    assert [f.code for f in findings] == ["calculation_missing"]
    assert check_measure(_facts(), []) == []


def test_a_running_measure_must_report_every_closed_month_of_its_years() -> None:
    closed = [(2024, 12), (2025, 1), (2025, 2)]
    running = _facts(status="in_progress", realised_months=frozenset({(2025, 1)}))
    findings = check_measure(running, closed)
    assert [(f.code, f.params) for f in findings] == [
        ("effect_missing", {"year": 2025, "month": 2})
    ]
    assert len(check_measure(_facts(status="decided"), closed)) == 2
    # Not reported, proposed, done or cancelled: nothing is asked for.
    for status in ("", "proposed", "done", "cancelled"):
        assert check_measure(_facts(status=status), closed) == []


def test_planned_effects_that_do_not_cover_the_gap() -> None:
    [finding] = check_coverage(2025, Decimal(120), Decimal(41))
    assert finding.code == "gap_not_covered"
    assert finding.params["shortfall"] == Decimal(79)
    assert check_coverage(2025, Decimal(120), Decimal(130)) == []
    assert check_coverage(2025, None, Decimal(0)) == []
    assert check_coverage(2025, Decimal(0), Decimal(0)) == []
