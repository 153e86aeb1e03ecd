"""Writing the analysis of a perspective, goal or measure in a unit's report for a period.

Who writes: for a measure, whoever reports its outcomes for the unit (services.outcomes.
may_report); for a goal or a perspective, the unit's controllers and administrators
(services.goal_judgements.may_judge_goals); and anyone a rule in WRITER_RULES admits, which
other apps register (the assigned writers of a report round). Who reads: whoever reads the
unit's scorecard. Saving an empty text with no forecast removes the analysis; its history
keeps what it said. A save that would overwrite what someone else saved since the person
looked is refused (audit.concurrency.EditConflict).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from audit.attribution import attributed, history_user_of
from audit.changes import FieldChange
from audit.concurrency import EditConflict, save_versioned
from chapters import markup
from followup.analysis_subjects import KINDS, subject_in_plan
from followup.models import Analysis, Fulfilment, Period
from followup.models.analysis import SUBJECT_FIELDS, TEXT_LENGTH
from followup.services.goal_judgements import may_judge_goals
from followup.services.outcomes import may_report
from organisation.access import grants_of, unit_policy
from organisation.models import Unit
from planning.models import Indicator

Key = tuple[str, int]
WriterRule = Callable[[Any, Unit, Period, str, int], bool]
WriterScope = Callable[[Any, Unit, Period], Iterable[Key]]

# Rules that admit a writer the base rule does not: (actor, unit, period, kind, pk) -> bool,
# kind one of "perspektiv", "mal", "matt". Registered by other apps in their ready(); they
# decide every write and the analysis page.
WRITER_RULES: list[WriterRule] = []
# The same rules for a page that lists many subjects (the scorecard): every (kind, pk) a
# rule admits the person to write in the unit's period, at once, so that the page costs
# the same whatever its number of subjects. A rule without a scope here is still asked on
# the analysis page and at every save; the scorecard then offers only what the base rule
# and the scopes admit.
WRITER_SCOPES: list[WriterScope] = []


def may_read_analyses(actor: Any, unit: Unit, period: Period) -> bool:
    """Whoever reads the unit's scorecard reads its analyses: a role on the unit or above."""
    return (
        period.unit_id == unit.region_id
        and unit_policy.can_view(actor, unit)
        and grants_of(actor).has_any(unit)
    )


def _base_rule(actor: Any, unit: Unit, kind: str, pk: int, indicator: Indicator | None) -> bool:
    if kind == "matt":
        if indicator is None:
            indicator = Indicator.objects.filter(pk=pk).select_related("unit").first()
        return indicator is not None and may_report(actor, indicator, unit)
    return may_judge_goals(actor, unit)


def may_write_analysis(
    actor: Any,
    unit: Unit,
    period: Period,
    kind: str,
    pk: int,
    *,
    indicator: Indicator | None = None,
) -> bool:
    """Whether the person writes the analysis; `indicator`, the measure `pk` where the caller
    has it at hand (with its unit), saves looking it up."""
    if kind not in KINDS or unit.is_closed:
        return False
    if _base_rule(actor, unit, kind, pk, indicator):
        return True
    return any(rule(actor, unit, period, kind, pk) for rule in WRITER_RULES)


def writable_keys(
    actor: Any, unit: Unit, period: Period, subjects: Iterable[tuple[str, Any]]
) -> set[Key]:
    """Of the (kind, subject) given, those whose analysis the person may write: the base
    rule for each (a measure with its unit at hand costs no query) and each scope once."""
    if unit.is_closed:
        return set()
    given = {(kind, subject.pk): (kind, subject) for kind, subject in subjects}
    keys = {
        key
        for key, (kind, subject) in given.items()
        if _base_rule(actor, unit, kind, subject.pk, subject if kind == "matt" else None)
    }
    for scope in WRITER_SCOPES:
        keys |= set(scope(actor, unit, period)) & set(given)
    return keys


def analyses_of(unit: Unit, period: Period) -> dict[Key, Analysis]:
    """The unit's analyses of the period by (kind, subject id): one query."""
    return {
        (a.kind, a.subject_id): a
        for a in Analysis.objects.filter(unit=unit, period=period).select_related("written_by")
    }


def analyses_mark(unit: Unit, period: Period) -> int:
    """A number that changes whenever an analysis of the unit's period is written, changed or
    removed: the last history record of its analyses (0 if none was ever written)."""
    last = Analysis.history.filter(unit_id=unit.pk, period_id=period.pk).aggregate(
        last=Max("history_id")
    )["last"]
    return int(last or 0)


def check_values(text: str, forecast: str) -> tuple[str, str]:
    """The text and forecast as stored, or a ValidationError naming each field in Swedish."""
    errors: dict[str, str] = {}
    text = (text or "").replace("\r\n", "\n").strip()
    forecast = forecast or ""
    if len(text) > TEXT_LENGTH:
        errors["text"] = _(
            "The analysis is %(length)s characters long; it may be at most %(limit)s."
        ) % {"length": f"{len(text):,}".replace(",", "\u00a0"), "limit": "20\u00a0000"}
    elif refused := markup.refused_links(text):
        errors["text"] = _(
            "The link “%(link)s” does not start with https://, http:// or mailto:, so a "
            "reader of the report cannot follow it."
        ) % {"link": refused[0]}
    if forecast and forecast not in Fulfilment.values:
        errors["forecast"] = _(
            "Choose the forecast for the full year among: %(choices)s; or give none."
        ) % {"choices": ", ".join(str(label) for label in Fulfilment.labels)}
    if errors:
        raise ValidationError(errors)
    return text, forecast


def _as_first_written(current: Analysis) -> list[FieldChange]:
    """What a person who saw no analysis missed: everything it says."""
    return [
        FieldChange("text", _("analysis"), "", current.text),
        FieldChange(
            "forecast", _("forecast for the full year"), "", current.get_forecast_display()
        ),
    ]


def _check_version(current: Analysis, seen_version: int | None) -> None:
    if (seen_version or 0) == current.version:
        return
    raise EditConflict(
        current=current,
        expected_version=seen_version or 0,
        changes_since=_as_first_written(current) if not seen_version else [],
    )


@transaction.atomic
def save_analysis(
    actor: Any,
    unit: Unit,
    period: Period,
    kind: str,
    pk: int,
    text: str,
    forecast: str,
    seen_version: int | None,
) -> Analysis | None:
    """Write the analysis of the subject; empty text and no forecast removes it (None).

    `seen_version` is the version of the analysis the person saw: 0 (or None) when they saw
    none. A subject outside the unit's plan for the period's year raises Http404.
    """
    if period.unit_id != unit.region_id:
        raise ValidationError({"period": _("Choose a period of the unit's organisation.")})
    if not may_read_analyses(actor, unit, period):
        raise PermissionDenied
    subject = subject_in_plan(unit, period, kind, pk)
    if not may_write_analysis(actor, unit, period, kind, pk):
        raise PermissionDenied
    text, forecast = check_values(text, forecast)
    field = SUBJECT_FIELDS[kind]
    current = (
        Analysis.objects.select_for_update()
        .filter(unit=unit, period=period, **{field: subject})
        .first()
    )
    if current is not None:
        _check_version(current, seen_version)
    if not text and not forecast:
        if current is not None:
            attributed(current, actor).delete()
        return None
    values = {"text": text, "forecast": forecast, "written_by": history_user_of(actor)}
    if current is not None:
        return save_versioned(current, current.version, values, actor=actor)  # type: ignore[return-value]
    analysis = Analysis(unit=unit, period=period, **{field: subject}, **values)
    attributed(analysis, actor).full_clean()
    analysis.save()
    return analysis
