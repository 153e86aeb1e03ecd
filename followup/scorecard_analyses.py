"""The analyses of a scorecard: each perspective's, goal's and measure's, put beside it, and
which of them the person may write. A fixed number of queries whatever the card's size."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from followup.models import Analysis, Period
from followup.services.analyses import Key, analyses_of, writable_keys
from organisation.models import Unit


def subjects(card: list[dict[str, Any]]) -> Iterator[tuple[str, Any]]:
    """Every perspective, goal (with the goals above it that the card names) and measure
    of the card, each once, with its kind."""
    seen: set[Key] = set()
    for perspective in card:
        found: list[tuple[str, Any]] = []
        if perspective["perspective"] is not None:
            found.append(("perspektiv", perspective["perspective"]))
        for goal in perspective["goals"]:
            if goal["goal"] is not None:
                if goal["goal"].parent is not None:
                    found.append(("mal", goal["goal"].parent))
                found.append(("mal", goal["goal"]))
            found += [("matt", row.indicator) for row in goal["rows"]]
        for kind, subject in found:
            if (kind, subject.pk) not in seen:
                seen.add((kind, subject.pk))
                yield kind, subject


def _of(analyses: dict[Key, Analysis], kind: str, subject: Any) -> Analysis | None:
    return analyses.get((kind, subject.pk)) if subject is not None else None


def attach_analyses(card: list[dict[str, Any]], analyses: dict[Key, Analysis]) -> None:
    """Put each analysis beside its subject: `analysis` of a perspective's and a goal's
    entry, `parent_analysis` for the goal above a goal, and each row's `analysis`."""
    for perspective in card:
        perspective["analysis"] = _of(analyses, "perspektiv", perspective["perspective"])
        for goal in perspective["goals"]:
            g = goal["goal"]
            goal["analysis"] = _of(analyses, "mal", g)
            goal["parent_analysis"] = _of(analyses, "mal", g.parent if g else None)
            for row in goal["rows"]:
                row.analysis = _of(analyses, "matt", row.indicator)


def card_analyses(card: list[dict[str, Any]], unit: Unit, period: Period) -> None:
    attach_analyses(card, analyses_of(unit, period))


def mark_writable(actor: Any, unit: Unit, period: Period, card: list[dict[str, Any]]) -> None:
    """Mark each subject of the card whose analysis the person may write: `write_analysis`
    of a perspective's and a goal's entry, `write_parent_analysis` for the goal above a goal,
    and each row's `may_write_analysis`."""
    listed = list(subjects(card))
    for kind, subject in listed:
        if kind == "matt" and subject.unit_id == unit.pk:
            subject.unit = unit  # the card's measures are the unit's: no query for it
    keys = writable_keys(actor, unit, period, listed)

    def may(kind: str, subject: Any) -> bool:
        return subject is not None and (kind, subject.pk) in keys

    for perspective in card:
        perspective["write_analysis"] = may("perspektiv", perspective["perspective"])
        for goal in perspective["goals"]:
            g = goal["goal"]
            goal["write_analysis"] = may("mal", g)
            goal["write_parent_analysis"] = may("mal", g.parent if g else None)
            for row in goal["rows"]:
                row.may_write_analysis = may("matt", row.indicator)
