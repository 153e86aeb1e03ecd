"""Outcomes per unit, period and measure (total, women, men, comment) as a kind of import.

Each row names its unit (name or short name), its period ("DÅ04 2025", or the period's name
with a year column) and its measure (number or name). Rows go through
followup.services.outcomes: the rules of the outcome grid (who reports what for which unit,
open periods only, women and men adding up to the total) hold here too. An outcome the file
replaces is shown in the preview; the save refuses if it was changed after the preview.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from exchange.imports.checking import ImportRefused, RowProblem
from exchange.imports.kinds import ImportField, ImportKind, Preview, Source, register
from exchange.imports.plan_cells import words
from followup.access import reports_in
from followup.models import Outcome, Period, PeriodStatus
from followup.numbers import format_number
from followup.services.outcomes import (
    OutcomeRow,
    OutcomeRowsError,
    may_report,
    record_outcomes,
    validate_row,
)
from organisation.models import Unit
from planning.models import Indicator

PREVIEW_ROWS = 500
VALUES = ("total", "women", "men", "comment")


@dataclass
class OutcomeContext:
    actor: Any
    units: dict[str, Unit]  # by the words of the name and of the short name
    periods: dict[str, Period]  # by the words of "DÅ04 2025"
    indicators: dict[str, Indicator]  # by the words of the number and of the name
    # The saved outcomes the rows would replace, read once for the preview, the stamp and the
    # save (a context serves one reading of one file, in the save's transaction).
    existing: dict[tuple[int, int, int], Outcome] | None = None


@dataclass(frozen=True)
class ParsedOutcome:
    row: int
    unit: Unit
    period: Period
    indicator: Indicator
    values: OutcomeRow


def _by_words(pairs: Sequence[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    ambiguous = set()
    for key, value in pairs:
        key = words(key)
        if not key:
            continue
        if key in found and found[key] != value:
            ambiguous.add(key)
        found.setdefault(key, value)
    return {k: v for k, v in found.items() if k not in ambiguous}


class OutcomeKind(ImportKind):
    key = "outcomes"
    slug = "utfall"
    section = "followup"
    label = gettext_lazy("Outcomes per unit and period")
    fields = (
        ImportField(
            "unit",
            gettext_lazy("Unit"),
            ("enhet", "verksamhet", "organisation", "division", "unit"),
            help=gettext_lazy("The unit's name or short name as styr writes it."),
        ),
        ImportField(
            "period",
            gettext_lazy("Period"),
            ("period", "tertial", "månad", "delår", "period name"),
            help=gettext_lazy("As the calendar names it, with its year: DÅ04 2025."),
        ),
        ImportField(
            "year",
            gettext_lazy("Year"),
            ("år", "year"),
            required=False,
            help=gettext_lazy("When the period column holds only the name (DÅ04)."),
        ),
        ImportField(
            "indicator",
            gettext_lazy("Measure"),
            ("mått", "indikator", "nyckeltal", "mått nr", "indicator", "measure"),
            help=gettext_lazy("The measure's number or its name."),
        ),
        ImportField("total", gettext_lazy("Total"), ("totalt", "utfall", "värde", "total"), False),
        ImportField("women", gettext_lazy("Women"), ("kvinnor", "women"), False),
        ImportField("men", gettext_lazy("Men"), ("män", "men"), False),
        ImportField("comment", gettext_lazy("Comment"), ("kommentar", "comment"), False),
    )

    def may_import(self, actor: Any, region: Any) -> bool:
        """Those who report outcomes somewhere in the organisation; each row is then checked
        as in the grid."""
        return reports_in(actor, region)

    def begin(self, actor: Any, region: Any, **options: Any) -> OutcomeContext:
        units = list(Unit.objects.filter(path__startswith=region.path))
        periods = list(Period.objects.filter(unit=region))
        indicators = list(
            Indicator.objects.filter(unit__path__startswith=region.path).select_related(
                "unit", "owner"
            )
        )
        return OutcomeContext(
            actor=actor,
            units=_by_words(
                [(u.name, u) for u in units] + [(u.short_name, u) for u in units if u.short_name]
            ),
            periods=_by_words([(str(p), p) for p in periods]),
            indicators=_by_words(
                [(i.code, i) for i in indicators if i.code]
                + [(i.name, i) for i in indicators]
                + [(str(i), i) for i in indicators]
            ),
        )

    def home(self, target: int | None) -> tuple[str, str]:
        return (str(_("Follow-up")), reverse("followup:worklist"))

    def parse(
        self, context: OutcomeContext, values: Mapping[str, str], row: int = 0
    ) -> tuple[ParsedOutcome | None, dict[str, str]]:
        errors: dict[str, str] = {}
        text = {key: value.strip() for key, value in values.items()}
        unit = context.units.get(words(text["unit"]))
        if not text["unit"]:
            errors["unit"] = _("missing")
        elif unit is None:
            errors["unit"] = _("“%(text)s” is not a unit of the organisation") % {
                "text": text["unit"]
            }
        period_text = f"{text['period']} {text.get('year', '')}".strip()
        period = context.periods.get(words(period_text))
        if not text["period"]:
            errors["period"] = _("missing")
        elif period is None:
            errors["period"] = _("“%(text)s” is not a period of the calendar") % {
                "text": period_text
            }
        elif period.status != PeriodStatus.OPEN:
            errors["period"] = _("%(period)s is not open for reporting") % {"period": period}
        indicator = context.indicators.get(words(text["indicator"]))
        if not text["indicator"]:
            errors["indicator"] = _("missing")
        elif indicator is None:
            errors["indicator"] = _("“%(text)s” is not a measure of the organisation") % {
                "text": text["indicator"]
            }
        if (
            unit is not None
            and indicator is not None
            and not may_report(context.actor, indicator, unit)
        ):
            errors["indicator"] = _("you do not report %(measure)s for %(unit)s") % {
                "measure": indicator,
                "unit": unit.name,
            }
        if errors or unit is None or period is None or indicator is None:
            return None, errors
        outcome = OutcomeRow(
            indicator=indicator,
            total=text.get("total", ""),
            women=text.get("women", ""),
            men=text.get("men", ""),
            comment=text.get("comment", ""),
        )
        _values, problems = validate_row(outcome)
        errors |= {key: message for key, message in problems.items() if key in VALUES}
        if set(problems) - set(VALUES):
            errors["total"] = "; ".join(problems.values())
        if errors:
            return None, errors
        return ParsedOutcome(row, unit, period, indicator, outcome), {}

    def cross_check(
        self, context: OutcomeContext, parsed: Sequence[Any]
    ) -> list[tuple[int, str, str]]:
        seen: dict[tuple[int, int, int], int] = {}
        problems = []
        for item in parsed:
            key = (item.indicator.pk, item.unit.pk, item.period.pk)
            if key in seen:
                problems.append(
                    (
                        item.row,
                        "indicator",
                        _("the same measure, unit and period are given on row %(row)s")
                        % {"row": seen[key]},
                    )
                )
            seen.setdefault(key, item.row)
        return problems

    @staticmethod
    def _existing(
        context: OutcomeContext, parsed: Sequence[ParsedOutcome]
    ) -> dict[tuple[int, int, int], Outcome]:
        if context.existing is None:
            context.existing = OutcomeKind._replaced(parsed)
        return context.existing

    @staticmethod
    def _replaced(parsed: Sequence[ParsedOutcome]) -> dict[tuple[int, int, int], Outcome]:
        if not parsed:
            return {}
        wanted = Q()
        for key in {(p.period.pk, p.unit.pk) for p in parsed}:
            wanted |= Q(period_id=key[0], unit_id=key[1])
        indicators = {p.indicator.pk for p in parsed}
        return {
            (o.indicator_id, o.unit_id, o.period_id): o
            for o in Outcome.objects.filter(wanted, indicator_id__in=indicators).select_related(
                "reported_by"
            )
        }

    def state(self, context: OutcomeContext, parsed: Sequence[ParsedOutcome]) -> str:
        stamp = sorted(f"{k}:{o.version}" for k, o in self._existing(context, parsed).items())
        return hashlib.sha256("|".join(stamp).encode()).hexdigest()

    def preview(
        self, context: OutcomeContext, parsed: Sequence[ParsedOutcome], source: Source
    ) -> Preview:
        result = Preview(caption=_("The outcomes the file gives"))
        if not parsed:
            return result
        existing = self._existing(context, parsed)
        replaced = [p for p in parsed if (p.indicator.pk, p.unit.pk, p.period.pk) in existing]
        result.notes.append(
            _(
                "%(rows)s rows give %(count)s outcomes; %(replaced)s of them replace an outcome "
                "already saved."
            )
            % {"rows": len(parsed), "count": len(parsed), "replaced": len(replaced)}
        )
        result.headers = [
            _("Row"),
            _("Measure"),
            _("Unit"),
            _("Period"),
            _("Total"),
            _("Women"),
            _("Men"),
            _("Now saved"),
        ]
        for item in parsed[:PREVIEW_ROWS]:
            current = existing.get((item.indicator.pk, item.unit.pk, item.period.pk))
            result.rows.append(
                [
                    str(item.row),
                    str(item.indicator),
                    item.unit.name,
                    str(item.period),
                    item.values.total,
                    item.values.women,
                    item.values.men,
                    format_number(current.total) if current is not None else "",
                ]
            )
        if len(parsed) > PREVIEW_ROWS:
            result.notes.append(
                _("The table shows the first %(shown)s of %(all)s rows.")
                % {"shown": PREVIEW_ROWS, "all": len(parsed)}
            )
        return result

    def save(
        self,
        actor: Any,
        context: OutcomeContext,
        parsed: Sequence[ParsedOutcome],
        source: Source,
    ) -> int:
        existing = self._existing(context, parsed)
        groups: dict[tuple[Period, Unit], list[OutcomeRow]] = {}
        file_rows: dict[tuple[Period, Unit], list[int]] = {}
        for item in parsed:
            current = existing.get((item.indicator.pk, item.unit.pk, item.period.pk))
            row = item.values
            row.source = _("%(file)s, row %(row)s") % {
                "file": source.file_name[:250],
                "row": item.row,
            }
            # The versions the preview was checked against (the state stamp held them).
            row.version = current.version if current is not None else 0
            groups.setdefault((item.period, item.unit), []).append(row)
            file_rows.setdefault((item.period, item.unit), []).append(item.row)
        saved = 0
        labels = {f.key: str(f.label) for f in self.fields}
        for (period, unit), rows in groups.items():
            try:
                saved += len(record_outcomes(actor, period, unit, rows))
            except OutcomeRowsError as refused:
                numbers = file_rows[(period, unit)]
                raise ImportRefused(
                    [
                        RowProblem(
                            numbers[p.row - 1], labels.get(p.field, labels["total"]), p.message
                        )
                        for p in refused.problems
                    ]
                ) from refused
        return saved

    def saved_message(self, result: Any) -> str:
        return _("%(count)s outcomes were saved.") % {"count": result}


outcome_kind = register(OutcomeKind())
