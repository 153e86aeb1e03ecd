"""Targets as rules: read the region's wording, judge an outcome against it.

Plain functions over plain values. A rule keeps the original wording, which is what people
see; the machine judges by `kind` and its parameters. Judgements carry a reason code and
parameters, and `planning.target_words` turns them into Swedish sentences.

"Partly met": an outcome that misses a threshold by at most the organisation's band (a share
of the target value, `Context.partly_band`; styr's is a tenth where the organisation has set
none), or a relative target moving the right way without reaching its size. "In level with"
a benchmark is met within `PARTLY_TOLERANCE` of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

PARTLY_TOLERANCE = Decimal("0.10")

MET, PARTLY_MET, NOT_MET, NOT_ASSESSABLE = "met", "partly_met", "not_met", "not_assessable"


class TargetParseError(ValueError):
    """The wording is not a target this module can read."""


@dataclass(frozen=True)
class TargetRule:
    kind: str
    text: str
    value: Decimal | None = None
    unit: str = ""
    reference_year: int | None = None
    k: int | None = None
    n: int | None = None
    women: Decimal | None = None  # a target per sex, e.g. "M: 17,2 % K: 16 %"
    men: Decimal | None = None

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind, "text": self.text}
        if self.value is not None:
            data["value"] = float(self.value)
        for sex in ("women", "men"):
            if getattr(self, sex) is not None:
                data[sex] = float(getattr(self, sex))
        for name in ("unit", "reference_year", "k", "n"):
            if getattr(self, name):
                data[name] = getattr(self, name)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TargetRule:
        value = data.get("value")
        return cls(
            kind=data["kind"],
            text=data.get("text", ""),
            value=Decimal(str(value)) if value is not None else None,
            unit=data.get("unit", ""),
            reference_year=data.get("reference_year"),
            k=data.get("k"),
            n=data.get("n"),
            women=Decimal(str(data["women"])) if data.get("women") is not None else None,
            men=Decimal(str(data["men"])) if data.get("men") is not None else None,
        )


@dataclass(frozen=True)
class Context:
    """What a judgement may need beyond the outcome itself."""

    baseline: Decimal | None = None  # the reference value (e.g. 2020, or accumulated 2022)
    previous: Decimal | None = None  # the same period the year before
    benchmark: Decimal | None = None  # e.g. the national average
    parts_met: int | None = None  # for "k of n": how many sub-measures are met
    done: bool | None = None  # for an activity
    direction: str = "higher"  # which way is better: decides "improve" and a bare "70 %"
    women: Decimal | None = None  # the outcome for women, for a target per sex
    men: Decimal | None = None
    # The share of the target value within which a missed threshold is partly met.
    partly_band: Decimal = PARTLY_TOLERANCE


@dataclass(frozen=True)
class Judgement:
    status: str
    reason: str
    params: dict[str, Any] = field(default_factory=dict)


_NUMBER = r"(-?\d[\d\s]*(?:[.,]\d+)?)"
_YEAR = r"(\d{4})"
_PATTERNS: list[tuple[str, str]] = [
    (rf"^(?:minst|lägst|som minst)\s+{_NUMBER}\s*(.*)$", "at_least"),
    (rf"^(?:maximalt|högst|max|som mest)\s+{_NUMBER}\s*(.*)$", "at_most"),
    (rf"^(?:mindre än|lägre än|under)\s+{_NUMBER}\s*(.*)$", "less_than"),
    (rf"^(?:mer än|fler än|högre än|över)\s+{_NUMBER}\s*(.*)$", "more_than"),
    (rf"^{_NUMBER}\s*(%|procent)?$", "exactly"),
]


def _decimal(text: str) -> Decimal:
    return Decimal(re.sub(r"\s", "", text).replace(",", ".").replace("\u2212", "-"))


def _per_sex(t: str) -> tuple[Decimal, Decimal] | None:
    """Targets set for women (K) and men (M) separately, in either order."""
    women = re.search(rf"\bk(?:vinnor)?\s*:\s*{_NUMBER}", t)
    men = re.search(rf"\bm(?:än)?\s*:\s*{_NUMBER}", t)
    if women and men:
        return _decimal(women.group(1).strip()), _decimal(men.group(1).strip())
    return None


def parse_target(text: str) -> TargetRule:
    """A rule from the region's wording, e.g. "Minst 70 %" or "Minska med 50 % jmft med 2020"."""
    original = text.strip()
    t = re.sub(r"\s+", " ", original.replace("\u2212", "-")).strip().rstrip(".").lower()
    if not t:
        raise TargetParseError(text)
    if t.startswith("kompletteras"):
        return TargetRule("pending", original)
    if "genomförd" in t or "genomförs" in t or t.startswith("aktivitet"):
        return TargetRule("activity", original)
    if "i nivå med" in t or "riket" in t or "rikssnitt" in t:
        return TargetRule("benchmark", original)
    if per_sex := _per_sex(t):
        women, men = per_sex
        return TargetRule("per_sex", original, unit="%" if "%" in t else "", women=women, men=men)
    if m := re.match(r"^(\d+)\s*(?:av\s*(\d+)\s*)?(?:parametrar|delmål|delmått)", t):
        return TargetRule(
            "k_of_n", original, k=int(m.group(1)), n=int(m.group(2)) if m.group(2) else None
        )
    if m := re.match(rf"^minska(?:s)? med {_NUMBER}\s*(%|procent)?.*?{_YEAR}", t):
        return TargetRule(
            "decrease_by",
            original,
            value=_decimal(m.group(1)),
            unit="%",
            reference_year=int(m.group(3)),
        )
    if m := re.match(rf"^öka(?:s)? med {_NUMBER}\s*(%|procent)?.*?{_YEAR}", t):
        return TargetRule(
            "increase_by",
            original,
            value=_decimal(m.group(1)),
            unit="%",
            reference_year=int(m.group(3)),
        )
    if m := re.match(rf"^lägre än .*?{_YEAR}", t):
        return TargetRule("below_reference", original, reference_year=int(m.group(1)))
    if m := re.match(rf"^högre än .*?{_YEAR}", t):
        return TargetRule("above_reference", original, reference_year=int(m.group(1)))
    for pattern, kind in _PATTERNS:
        if m := re.match(pattern, t):
            unit = (m.group(2) or "").strip() if m.lastindex and m.lastindex >= 2 else ""
            return TargetRule(kind, original, value=_decimal(m.group(1)), unit=unit)
    if re.search(r"\b(minska|minskning|sänk|färre|lägre)", t):
        year = re.search(_YEAR, t)
        return TargetRule("decrease", original, reference_year=int(year.group(1)) if year else None)
    if re.search(r"\bförbättr", t):
        year = re.search(_YEAR, t)
        return TargetRule("improve", original, reference_year=int(year.group(1)) if year else None)
    if re.search(r"\b(öka|ökning|fler|högre)", t):
        year = re.search(_YEAR, t)
        return TargetRule("increase", original, reference_year=int(year.group(1)) if year else None)
    raise TargetParseError(text)


def _threshold(
    rule: TargetRule,
    outcome: Decimal,
    direction: str = "none",
    band: Decimal = PARTLY_TOLERANCE,
) -> Judgement:
    """A bare target value ("70 %") is a floor when higher is better, a ceiling when lower is."""
    if rule.kind == "exactly" and direction in ("higher", "lower"):
        rule = replace(rule, kind="at_least" if direction == "higher" else "at_most")
    target = rule.value
    assert target is not None
    params = {"outcome": outcome, "target": target}
    ok = {
        "at_least": outcome >= target,
        "at_most": outcome <= target,
        "less_than": outcome < target,
        "more_than": outcome > target,
        "exactly": outcome == target,
    }[rule.kind]
    if ok:
        return Judgement(MET, f"{rule.kind}_met", params)
    tolerance = abs(target) * band
    if band > 0 and abs(outcome - target) <= tolerance and rule.kind != "exactly":
        return Judgement(PARTLY_MET, f"{rule.kind}_close", params | {"band": band * 100})
    return Judgement(NOT_MET, f"{rule.kind}_missed", params)


_ORDER = {MET: 0, PARTLY_MET: 1, NOT_MET: 2, NOT_ASSESSABLE: 3}


def _judge_per_sex(rule: TargetRule, ctx: Context) -> Judgement:
    """Each sex against its own target; the whole is no better than the weaker of the two."""
    if ctx.women is None or ctx.men is None or rule.women is None or rule.men is None:
        return Judgement(NOT_ASSESSABLE, "no_outcome_per_sex")
    kind = "at_most" if ctx.direction == "lower" else "at_least"
    women = _threshold(
        TargetRule(kind, rule.text, value=rule.women), ctx.women, band=ctx.partly_band
    )
    men = _threshold(TargetRule(kind, rule.text, value=rule.men), ctx.men, band=ctx.partly_band)
    worst = max(women.status, men.status, key=_ORDER.__getitem__)
    params = {
        "women": ctx.women,
        "men": ctx.men,
        "women_target": rule.women,
        "men_target": rule.men,
        "women_status": women.status,
        "men_status": men.status,
    }
    return Judgement(worst, f"per_sex_{kind}", params)


def judge(rule: TargetRule, outcome: Decimal | None, context: Context | None = None) -> Judgement:
    """Met, partly met, not met or not assessable, with the reason that decided."""
    ctx = context or Context()
    if rule.kind == "pending":
        return Judgement(NOT_ASSESSABLE, "pending")
    if rule.kind == "activity":
        if ctx.done is None:
            return Judgement(NOT_ASSESSABLE, "activity_unknown")
        return (
            Judgement(MET, "activity_done") if ctx.done else Judgement(NOT_MET, "activity_not_done")
        )
    if rule.kind == "k_of_n":
        if ctx.parts_met is None or rule.k is None:
            return Judgement(NOT_ASSESSABLE, "parts_unknown")
        params: dict[str, Any] = {"met": ctx.parts_met, "k": rule.k, "n": rule.n}
        if ctx.parts_met >= rule.k:
            return Judgement(MET, "parts_met", params)
        return Judgement(PARTLY_MET if ctx.parts_met > 0 else NOT_MET, "parts_missed", params)
    if rule.kind == "per_sex":
        return _judge_per_sex(rule, ctx)
    if outcome is None:
        return Judgement(NOT_ASSESSABLE, "no_outcome")
    if rule.kind in ("at_least", "at_most", "less_than", "more_than", "exactly"):
        return _threshold(rule, outcome, ctx.direction, ctx.partly_band)
    if rule.kind == "benchmark":
        if ctx.benchmark is None:
            return Judgement(NOT_ASSESSABLE, "benchmark_unknown", {"outcome": outcome})
        params = {"outcome": outcome, "benchmark": ctx.benchmark}
        close = abs(outcome - ctx.benchmark) <= abs(ctx.benchmark) * PARTLY_TOLERANCE
        return Judgement(
            MET if close else NOT_MET, "benchmark_close" if close else "benchmark_far", params
        )
    reference = ctx.baseline if rule.reference_year is not None else ctx.previous
    if reference is None:
        return Judgement(NOT_ASSESSABLE, "reference_unknown", {"outcome": outcome})
    params = {"outcome": outcome, "reference": reference}
    if rule.kind == "improve":
        better = outcome > reference if ctx.direction != "lower" else outcome < reference
        return (
            Judgement(MET, "improved", params)
            if better
            else Judgement(NOT_MET, "not_improved", params)
        )
    if rule.kind in ("decrease", "below_reference"):
        return (
            Judgement(MET, "decreased", params)
            if outcome < reference
            else Judgement(NOT_MET, "not_decreased", params)
        )
    if rule.kind in ("increase", "above_reference"):
        return (
            Judgement(MET, "increased", params)
            if outcome > reference
            else Judgement(NOT_MET, "not_increased", params)
        )
    assert rule.value is not None
    change = (outcome - reference) / reference * 100 if reference else Decimal(0)
    params |= {"change": change, "target": rule.value}
    if rule.kind == "decrease_by":
        if -change >= rule.value:
            return Judgement(MET, "decreased_enough", params)
        return Judgement(PARTLY_MET if change < 0 else NOT_MET, "decreased_too_little", params)
    if rule.kind == "increase_by":
        if change >= rule.value:
            return Judgement(MET, "increased_enough", params)
        return Judgement(PARTLY_MET if change > 0 else NOT_MET, "increased_too_little", params)
    return Judgement(NOT_ASSESSABLE, "unknown_rule")
