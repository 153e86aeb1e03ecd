"""The scorecard of a unit for a period: perspective -> goal -> measure, judged and trended.

A fixed number of queries whatever the number of measures: the indicators with their goals,
the outcomes of the period (the unit's own and those of the units within it, its breakdown),
the outcomes of the same period a year earlier, and the analyses written of the period.
Goals the caller names are shown also when no measure of the unit serves them (a success
factor served only by actions).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import Q

from followup.models import ComparisonKind, ComparisonValue, Outcome, Period
from followup.scorecard_analyses import card_analyses
from followup.services.comparisons import comparisons_by_indicator
from followup.services.goal_judgements import goal_judgements
from followup.trend import gender_gap, trend
from organisation.models import Unit
from planning.goal_verdict import GoalVerdict, goal_verdict
from planning.models import DEFAULT_PARTLY_BAND, Goal, Indicator
from planning.services.judgement_rules import band_for, rules_of
from planning.services.year_targets import year_rules
from planning.targets import Context, Judgement, TargetParseError, TargetRule, judge, parse_target


@dataclass
class ScoreRow:
    indicator: Indicator
    outcome: Outcome | None
    judgement: Judgement
    manual: bool
    trend: str
    gap: Decimal | None
    previous: Decimal | None
    # The outcomes of the period for the units within the scorecard's unit.
    breakdown: list[Outcome] = field(default_factory=list)
    # What the outcome is compared with in the period (the nation, the average …), by kind.
    comparisons: dict[str, ComparisonValue] = field(default_factory=dict)
    # The target the outcome was judged against: the year's own, else the measure's.
    target_text: str = ""
    # The written analysis of the measure in the period (followup.scorecard_analyses).
    analysis: Any = None
    may_write_analysis: bool = False

    @property
    def comparison_sources(self) -> list[str]:
        """Where the comparison values come from, each once ("Kolada")."""
        return list(dict.fromkeys(c.source for c in self.comparisons.values() if c.source))


def rule_of(indicator: Indicator) -> TargetRule | None:
    if indicator.target_rule:
        return TargetRule.from_dict(indicator.target_rule)
    if indicator.target_text:
        try:
            return parse_target(indicator.target_text)
        except TargetParseError:
            return None
    return None


def judge_row(
    indicator: Indicator,
    outcome: Outcome | None,
    previous: Decimal | None,
    parts_met: int | None = None,
    organisation_band: Decimal = DEFAULT_PARTLY_BAND,
    national: Decimal | None = None,
    year_rule: TargetRule | None = None,
) -> tuple[Judgement, bool]:
    """The manual judgement where one is given, else what the target's rule decides."""
    if outcome is not None and outcome.manual_fulfilment:
        return Judgement(
            outcome.manual_fulfilment, "manual", {"reason": outcome.manual_reason}
        ), True
    rule = year_rule if year_rule is not None else rule_of(indicator)
    if rule is None:
        return Judgement("not_assessable", "no_rule"), False
    context = Context(
        previous=previous,
        baseline=indicator.baseline_value,
        # The nation's value of the period where it is known, else the measure's benchmark.
        benchmark=national if national is not None else indicator.benchmark_value,
        direction=indicator.direction,
        women=outcome.women if outcome else None,
        men=outcome.men if outcome else None,
        parts_met=parts_met,
        partly_band=band_for(indicator, organisation_band),
    )
    return judge(rule, outcome.total if outcome else None, context), False


def previous_outcomes(
    unit: Unit, period: Period, indicators: list[Indicator]
) -> dict[int, Decimal | None]:
    """Last year's total per indicator: the same period, else last year's annual outcome.

    A tertial report compares with the same tertial a year earlier; where only last year's
    full-year figure is known (ÅR), that is what the report compares with.
    """
    same = Q(period__kind=period.kind, period__number=period.number)
    annual = Q(period__kind="tertial", period__number=3) | Q(period__kind="year")
    found: dict[int, tuple[bool, Decimal | None]] = {}
    for o in Outcome.objects.filter(
        same | annual,
        unit=unit,
        indicator__in=indicators,
        period__unit=period.unit,
        period__year=period.year - 1,
    ).select_related("period"):
        is_same = o.period.kind == period.kind and o.period.number == period.number
        if is_same or o.indicator_id not in found:
            found[o.indicator_id] = (is_same, o.total)
    return {pk: total for pk, (_same, total) in found.items()}


def with_parts_after_their_measure(indicators: list[Indicator]) -> list[Indicator]:
    parts: dict[int, list[Indicator]] = {}
    for indicator in indicators:
        if indicator.part_of_id:
            parts.setdefault(indicator.part_of_id, []).append(indicator)
    ordered: list[Indicator] = []
    for indicator in indicators:
        if not indicator.part_of_id:
            ordered += [indicator, *parts.pop(indicator.pk, [])]
    return ordered + [p for group in parts.values() for p in group]


def parts_met(
    indicator: Indicator,
    indicators: list[Indicator],
    outcomes: dict[int, Outcome],
    last_year: dict[int, Decimal | None],
    organisation_band: Decimal = DEFAULT_PARTLY_BAND,
) -> int | None:
    """For a "k of n" target: how many of its sub-measures are met in the period."""
    if (indicator.target_rule or {}).get("kind") != "k_of_n":
        return None
    parts = [i for i in indicators if i.part_of_id == indicator.pk]
    if not parts:
        return None
    judged = [
        judge_row(p, outcomes.get(p.pk), last_year.get(p.pk), None, organisation_band)[0]
        for p in parts
    ]
    if any(j.status == "not_assessable" for j in judged):
        return None
    return sum(j.status == "met" for j in judged)


def _place_goal(goals: list[dict[str, Any]], goal: Goal) -> None:
    """Put a goal without measures beside the goals of the same parent, in their order."""
    entry: dict[str, Any] = {"goal": goal, "rows": []}
    siblings = [
        i for i, g in enumerate(goals) if g["goal"] and g["goal"].parent_id == goal.parent_id
    ]
    later = [
        i for i in siblings if (goals[i]["goal"].order, goals[i]["goal"].pk) > (goal.order, goal.pk)
    ]
    if later:
        goals.insert(later[0], entry)
    elif siblings:
        goals.insert(siblings[-1] + 1, entry)
    else:
        goals.append(entry)


def build_scorecard(
    unit: Unit, period: Period, goals_without_measures: Iterable[Goal] = ()
) -> list[dict[str, Any]]:
    indicators = list(
        Indicator.objects.filter(unit=unit)
        .select_related("goal__perspective", "goal__parent")
        .order_by("goal__perspective__order", "goal__order", "order", "code")
    )
    indicators = with_parts_after_their_measure(indicators)
    outcomes: dict[int, Outcome] = {}
    breakdown: dict[int, list[Outcome]] = {}
    for o in (
        Outcome.objects.filter(
            period=period, unit__path__startswith=unit.path, indicator__in=indicators
        )
        .select_related("unit")
        .order_by("unit__path", "pk")
    ):
        if o.unit_id == unit.pk:
            outcomes[o.indicator_id] = o
        else:
            breakdown.setdefault(o.indicator_id, []).append(o)
    last_year = previous_outcomes(unit, period, indicators)
    rules = rules_of(unit.region_id)
    band = rules.partly_band
    compared = comparisons_by_indicator(indicators, period)
    of_the_year = year_rules(indicators, period.year)
    perspectives: dict[Any, dict[str, Any]] = {}
    for indicator in indicators:
        goal = indicator.goal
        perspective = goal.perspective if goal else None
        p_entry = perspectives.setdefault(
            perspective.pk if perspective else None,
            {"perspective": perspective, "goals": {}},
        )
        g_entry = p_entry["goals"].setdefault(goal.pk if goal else None, {"goal": goal, "rows": []})
        outcome = outcomes.get(indicator.pk)
        previous = last_year.get(indicator.pk)
        comparisons = compared.get(indicator.pk, {})
        national = comparisons.get(ComparisonKind.NATIONAL)
        year_text, year_rule = of_the_year.get(indicator.pk, (indicator.target_text, None))
        judgement, manual = judge_row(
            indicator,
            outcome,
            previous,
            parts_met(indicator, indicators, outcomes, last_year, band),
            band,
            national.value if national else None,
            year_rule,
        )
        g_entry["rows"].append(
            ScoreRow(
                indicator=indicator,
                outcome=outcome,
                judgement=judgement,
                manual=manual,
                trend=trend(outcome.total if outcome else None, previous, indicator.direction),
                gap=gender_gap(outcome.women, outcome.men) if outcome else None,
                previous=previous,
                breakdown=breakdown.get(indicator.pk, []),
                comparisons=comparisons,
                target_text=year_text,
            )
        )
    # Each goal's own verdict, from its measures (their sub-measures are judged in them).
    # A person's judgement of the goal, with its reason, stands where one is given.
    rule = rules.goal_rule
    judged = goal_judgements(unit, period)
    for p_entry in perspectives.values():
        for g_entry in p_entry["goals"].values():
            measures = [r for r in g_entry["rows"] if not r.indicator.part_of_id]
            by_rule = goal_verdict(
                [r.judgement.status for r in measures],
                rule,
                [r.indicator.weight for r in measures],
            )
            person = judged.get(g_entry["goal"].pk) if g_entry["goal"] else None
            g_entry["rule_verdict"] = by_rule
            g_entry["verdict"] = (
                GoalVerdict(person.fulfilment, "manual", {"reason": person.reason})
                if person is not None
                else by_rule
            )
    card = [
        {"perspective": p["perspective"], "goals": list(p["goals"].values())}
        for p in perspectives.values()
    ]
    shown = {g["goal"].pk for p in card for g in p["goals"] if g["goal"]}
    for goal in sorted(goals_without_measures, key=lambda g: (g.order, g.pk)):
        if goal.pk in shown:
            continue
        shown.add(goal.pk)
        entry = next((p for p in card if p["perspective"] == goal.perspective), None)
        if entry is None:
            entry = {"perspective": goal.perspective, "goals": []}
            order = goal.perspective.order if goal.perspective else None
            after = [
                i
                for i, p in enumerate(card)
                if order is not None and p["perspective"] and p["perspective"].order > order
            ]
            card.insert(after[0] if after else len(card), entry)
        _place_goal(entry["goals"], goal)
    card_analyses(card, unit, period)
    return card


def fulfilment_counts(card: list[dict[str, Any]]) -> dict[str, int]:
    counts = {"met": 0, "partly_met": 0, "not_met": 0, "not_assessable": 0}
    for perspective in card:
        for goal in perspective["goals"]:
            for row in goal["rows"]:
                counts[row.judgement.status] += 1
    return counts
