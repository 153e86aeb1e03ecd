"""The warnings of a unit's measures for a balanced economy, worded for people."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.dates import MONTHS
from django.utils.translation import gettext as _

from economy.checks import Finding
from economy.money import mkr

# Most serious first, as the plan's warnings are.
CODE_ORDER = ["gap_not_covered", "calculation_missing", "effect_missing"]


@dataclass(frozen=True)
class BalanceWarning:
    code: str
    message: str
    url: str


def _message(finding: Finding) -> str:
    p = finding.params
    if finding.code == "gap_not_covered":
        return _(
            "The planned effects of %(year)s do not cover the budget gap: %(planned)s of "
            "%(gap)s, %(shortfall)s short."
        ) % {
            "year": p["year"],
            "planned": mkr(p["planned"]),  # type: ignore[arg-type]
            "gap": mkr(p["gap"]),  # type: ignore[arg-type]
            "shortfall": mkr(p["shortfall"]),  # type: ignore[arg-type]
        }
    if finding.code == "calculation_missing":
        return _("Measure %(number)s has no economic calculation.") % {"number": finding.measure}
    return _("Measure %(number)s has no realised effect reported for %(month)s %(year)s.") % {
        "number": finding.measure,
        "month": MONTHS[int(p["month"])],  # type: ignore[call-overload]
        "year": p["year"],
    }


def worded(findings: list[Finding], urls: dict[int, str], gap_url: str) -> list[BalanceWarning]:
    """The findings, most serious first, each with the page that fixes it."""
    ordered = sorted(findings, key=lambda f: CODE_ORDER.index(f.code))
    return [
        BalanceWarning(
            f.code,
            _message(f),
            urls.get(f.measure, "") if f.measure is not None else gap_url,
        )
        for f in ordered
    ]
